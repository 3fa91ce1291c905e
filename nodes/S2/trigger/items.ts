import type { IDataObject } from 'n8n-workflow';

import type { Change } from '../../shared/poll/statusChanges';
import { EVENTS, passes, type StatusFilters } from './events';
import type { Transition } from './fulfillmentWatch';
import { INITIAL_FULFILLMENT_STATUS, split } from './sources';

// Output items: {event, previousStatus, ...record}. For the assign-status event previousStatus
// holds the previous assign status; for shipments the record carries fulfillmentId and orderId.
// A change from a value the trigger never saw (a record that changed after activation before its order
// was first read, baseline.ts) has previousStatus null; one still in the initial status is no status change.

export interface ItemOptions {
	events: string[];
	filters: StatusFilters;
}

export function orderItems(
	changes: Array<Change<IDataObject>>,
	options: ItemOptions,
): IDataObject[] {
	const out: IDataObject[] = [];
	for (const change of changes) {
		if (change.kind !== 'statusChanged' || change.previousStatus === null) continue;
		const [wasStatus, wasAssign] = split(change.previousStatus);
		const [status, assign] = split(change.status);
		if (
			status !== wasStatus &&
			options.events.includes(EVENTS.orderStatusChanged) &&
			passes(options.filters.orderStatuses, status)
		) {
			out.push({ event: EVENTS.orderStatusChanged, previousStatus: wasStatus, ...change.record });
		}
		if (
			assign !== wasAssign &&
			options.events.includes(EVENTS.orderAssignStatusChanged) &&
			passes(options.filters.assignStatuses, assign)
		) {
			out.push({
				event: EVENTS.orderAssignStatusChanged,
				previousStatus: wasAssign,
				...change.record,
			});
		}
	}
	return out;
}

export function fulfillmentItems(transitions: Transition[], options: ItemOptions): IDataObject[] {
	const out: IDataObject[] = [];
	for (const { previous, current, record, previousUnknown } of transitions) {
		if (previousUnknown && current === INITIAL_FULFILLMENT_STATUS) continue;
		if (previous === null && !previousUnknown) {
			if (options.events.includes(EVENTS.fulfillmentCreated))
				out.push({ event: EVENTS.fulfillmentCreated, previousStatus: null, ...record });
		} else if (
			options.events.includes(EVENTS.fulfillmentStatusChanged) &&
			passes(options.filters.fulfillmentStatuses, current)
		) {
			out.push({ event: EVENTS.fulfillmentStatusChanged, previousStatus: previous, ...record });
		}
	}
	return out;
}

export function shipmentItems(transitions: Transition[], options: ItemOptions): IDataObject[] {
	const out: IDataObject[] = [];
	const wantsTracking = options.events.includes(EVENTS.trackingNumberAssigned);
	for (const { previous, current, record, previousUnknown } of transitions) {
		const [status, tracked] = split(current);
		if (previousUnknown) {
			if (
				status !== INITIAL_FULFILLMENT_STATUS &&
				options.events.includes(EVENTS.shipmentStatusChanged)
			)
				out.push({ event: EVENTS.shipmentStatusChanged, previousStatus: null, ...record });
			if (wantsTracking && tracked)
				out.push({ event: EVENTS.trackingNumberAssigned, previousStatus: null, ...record });
			continue;
		}
		if (previous === null) {
			// A new shipment comes with its fulfillment (New Fulfillment); a tracking number it already has is news.
			if (wantsTracking && tracked)
				out.push({ event: EVENTS.trackingNumberAssigned, previousStatus: null, ...record });
			continue;
		}
		const [wasStatus, wasTracked] = split(previous);
		if (status !== wasStatus && options.events.includes(EVENTS.shipmentStatusChanged)) {
			out.push({ event: EVENTS.shipmentStatusChanged, previousStatus: wasStatus, ...record });
		}
		if (wantsTracking && !wasTracked && tracked) {
			out.push({ event: EVENTS.trackingNumberAssigned, previousStatus: wasStatus, ...record });
		}
	}
	return out;
}
