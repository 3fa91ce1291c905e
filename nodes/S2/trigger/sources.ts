import type { IDataObject } from 'n8n-workflow';

import type { RecordShape } from '../../shared/poll/statusChanges';

// S2 documents example statuses but no enums and no terminal states (docs/api-notes.md#s2-statuses).
// The sets below are chosen conservatively: a record is only considered finished when nothing
// documented can follow; when unsure we keep watching (one more request) rather than miss an event.

/** Order statuses after which an order's own status and assign status are no longer watched. */
export const TERMINAL_ORDER_STATUSES = ['FULFILLED', 'CANCELLED'];
/** Fulfillment / shipment statuses after which the record is finished (SHIPPED: the docs give
 *  tracking numbers "after fulfillment shipped"; DELIVERED and CANCELLED are assumed final). */
export const TERMINAL_FULFILLMENT_STATUSES = ['SHIPPED', 'DELIVERED', 'CANCELLED'];

/** The status POST /fulfillment answers for a new fulfillment and its shipments (docs/api-notes.md#s2-fulfillment-create); nothing
 *  documented returns a record to it, so a record in it has not changed status since it was created. */
export const INITIAL_FULFILLMENT_STATUS = 'CREATED';

export const S2_ORDER_PAGE_SIZE = 100; // GET /order: limit at most 100 (docs/api-notes.md#s2-lists)

/** Status values known from the docs and examples; listed in the filters' hints only. */
export const KNOWN_ORDER_STATUSES = ['UNFULFILLED', 'FULFILLED', 'CANCELLED'];
export const KNOWN_FULFILLMENT_STATUSES = ['CREATED', 'PENDING', 'SHIPPED'];

export const time = (value: unknown): number => {
	const ms = Date.parse(String(value ?? ''));
	return Number.isFinite(ms) ? ms : 0;
};

import { rawText } from '../../shared/input/parameters';

/** Two values in one tracked "status" (statuses are upper-case enums without "|"; the second part may hold anything). */
export const pair = (a: string, b: string): string => `${a}|${b}`;
export const split = (value: string): [string, string] => {
	const at = value.indexOf('|');
	return at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)];
};

/** Orders: status and assignStatus tracked together, forgotten once the order status is terminal. */
export const ORDER_SHAPE: RecordShape<IDataObject> = {
	id: (r) => rawText(r.id),
	status: (r) => pair(rawText(r.status), rawText(r.assignStatus)),
	createdAt: (r) => time(r.createdAt),
	isTerminal: (s) => TERMINAL_ORDER_STATUSES.includes(split(s)[0]),
};

export const isFulfillmentFinished = (f: IDataObject): boolean =>
	TERMINAL_FULFILLMENT_STATUSES.includes(rawText(f.status));

/** A shipment is finished when cancelled, or shipped/delivered with its tracking number known. */
export const isShipmentFinished = (s: IDataObject): boolean => {
	const status = rawText(s.status);
	if (status === 'CANCELLED') return true;
	return TERMINAL_FULFILLMENT_STATUSES.includes(status) && rawText(s.trackingNumber) !== '';
};

export const fulfillmentsOf = (details: IDataObject | undefined): IDataObject[] =>
	Array.isArray(details?.fulfillments) ? (details.fulfillments as IDataObject[]) : [];

export const shipmentsOf = (fulfillment: IDataObject): IDataObject[] =>
	Array.isArray(fulfillment.shipments) ? (fulfillment.shipments as IDataObject[]) : [];
