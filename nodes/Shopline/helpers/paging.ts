import type { INodeExecutionData } from 'n8n-workflow';

import { cursorPaginator } from '../../shared/transport/paging';
import type { ShoplinePageJson } from './output';

// Lists page with the `link` header's page_info (rel="next", absent on the last page). Orders and
// fulfillment orders take at most 100 a page; products and variants 250 (docs/api-notes.md#shopline-paging; the SDK's "Value range:
// 1-250"). Later pages send only page_info + limit (+ fields): the filters travel in page_info.
export const SHOPLINE_MAX_PAGE_SIZE = 100;
export const SHOPLINE_CATALOG_PAGE_SIZE = 250;

/** Reads a page as `shoplinePageOutput` leaves it: its records and the next page_info. */
export function shoplinePaginator(maxPageSize: number) {
	return cursorPaginator({
		cursorParam: 'page_info',
		sizeParam: 'limit',
		maxPageSize,
		keep: ['fields'],
		read(items: INodeExecutionData[]) {
			const json = (items[0]?.json ?? { records: [] }) as ShoplinePageJson;
			return { records: Array.isArray(json.records) ? json.records : [], next: json.next };
		},
	});
}
