import type { IDataObject } from 'n8n-workflow';

import type { Page } from '../../shared/transport/paging';

/**
 * What the pure core (watch.ts) reads S2 through: api.ts over HTTP in n8n, an in-memory S2 in the
 * property tests.
 */
export interface S2Reader {
	/** One page of GET /order. */
	orderPage(offset: number, limit: number): Promise<S2OrderPage>;
	/** Order details, or undefined when S2 no longer has the order (404). */
	order(orderId: string): Promise<IDataObject | undefined>;
}

/**
 * What the trigger keeps in the workflow's static data (plain JSON, bounded by the open orders,
 * each map in the compact form of shared/poll/compactState.ts).
 */
export interface S2State {
	/** Status and assign status of the orders not yet FULFILLED / CANCELLED, and the creation watermark. */
	orders?: IDataObject;
	/** Status of each fulfillment of the watched orders, by id. */
	fulfillments?: IDataObject;
	/** "STATUS|tracked" or "STATUS|" of each shipment of the watched orders, by id. */
	shipments?: IDataObject;
	/** Orders whose details the next poll reads even if FULFILLED or CANCELLED (and those left for a later poll). */
	watch?: IDataObject;
	/** Which fulfillments and shipments each watched order has (so an order left for later keeps them). */
	records?: IDataObject;
	/** The last order read in rotation: the next poll goes on after it. */
	rotation?: string;
	/**
	 * S2's clock when the fulfillment events were activated, while orders remain that were not looked at
	 * since ('L' in `watch`): a record of theirs it does not know is new if created after it.
	 */
	activatedAt?: string;
}

/** One page of GET /order, with the answer's HTTP `Date` (S2's clock; baseline.ts). */
export type S2OrderPage = Page & { date?: string };
