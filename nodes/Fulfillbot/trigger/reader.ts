import type { IDataObject } from 'n8n-workflow';

import type { SourceKey } from './sources';

/**
 * What the pure core (watch.ts) reads Fulfillbot through: api.ts over HTTP in n8n, an in-memory
 * Fulfillbot in the property tests.
 */
export interface FulfillbotReader {
	/** One page of a list, newest first; `status` filters purchase orders (GET /orders?status=). */
	page(path: string, page: number, limit: number, status?: string): Promise<FulfillbotPage>;
	/** One purchase order (GET /orders/{orderNo}); undefined when Fulfillbot no longer has it (404). */
	order(orderNo: string): Promise<IDataObject | undefined>;
	/** Passing trouble on one list: it keeps its state and is read again at the next poll. */
	warn(message: string): void;
}

/** One page of a list: its records and, when Fulfillbot sends it, the list's `total`. */
export interface FulfillbotPage {
	items: IDataObject[];
	total?: number;
}

/**
 * What the trigger keeps in the workflow's static data (plain JSON): one state per watched list
 * (statusChanges.ts's change state, plus purchaseOrders.ts's scan and open order numbers), and the
 * list a poll whose budget was spent left for the next one.
 */
export type FulfillbotState = { [key in SourceKey]?: IDataObject } & {
	/** The list the next poll starts with. */
	resume?: SourceKey;
};
