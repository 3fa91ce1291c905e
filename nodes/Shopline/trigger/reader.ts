import type { IDataObject } from 'n8n-workflow';

/**
 * What the pure core (watch.ts) reads SHOPLINE through: api.ts over HTTP in n8n, an in-memory store in
 * the property tests. Each source uses its part (OrdersReader, ProductsReader, LevelsReader).
 */
export interface ShoplineReader {
	/** Orders updated at or after `since` (all orders when null), up to `maxPages`, or from page_info `from` on. */
	ordersUpdatedSince(since: string | null, maxPages?: number, from?: string): Promise<OrdersRead>;
	/** All fulfillments of one order; a 404 NodeApiError when the order is gone. */
	orderFulfillments(orderId: string): Promise<IDataObject[]>;
	/** Products updated at or after `since` (all when null), up to `maxPages` pages. */
	productsUpdatedSince(since: string | null, maxPages?: number): Promise<ProductsRead>;
	/** One page of the catalog walk (undefined: the first page). */
	catalogPage(page?: string): Promise<CatalogPage>;
	/** The levels of these inventory items (at most 50) at every location. */
	inventoryLevels(itemIds: string[]): Promise<IDataObject[]>;
}

export type OrdersReader = Pick<ShoplineReader, 'ordersUpdatedSince' | 'orderFulfillments'>;
export type ProductsReader = Pick<ShoplineReader, 'productsUpdatedSince'>;
export type LevelsReader = Pick<ShoplineReader, 'catalogPage' | 'inventoryLevels'>;

/** What an `updated_at_min` list read returns besides its records. */
interface UpdatedListRead {
	/** page_info of the first page not read (when `maxPages` stopped the walk). */
	next?: string;
	/** The first answer's Date header (SHOPLINE's clock when the walk started). */
	date?: string;
	/** Requests made. */
	pages: number;
}

export interface OrdersRead extends UpdatedListRead {
	orders: IDataObject[];
}

export interface ProductsRead extends UpdatedListRead {
	products: IDataObject[];
}

/** One page of the catalog walk: products with their ids and variants, and the next page_info. */
export interface CatalogPage {
	products: IDataObject[];
	next?: string;
	/** The answer's Date header. */
	date?: string;
}

/**
 * What the trigger keeps in the workflow's static data (plain JSON), one state per source, each written
 * only when its events are selected: `orders` (orders.ts), `products` (products.ts), `levels` (levels.ts).
 */
export type ShoplineState = {
	orders?: IDataObject;
	products?: IDataObject;
	levels?: IDataObject;
};
