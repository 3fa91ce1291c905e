import type { INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { cursorPaginator, pagedGetRouting } from '../../shared/transport/paging';
import { shoplinePageOutput, type ShoplinePageJson } from './output';
import { pacedShoplinePages } from './rate';

type Routing = NonNullable<INodeProperties['routing']>;
type PreSend = NonNullable<Routing['send']>['preSend'];

// Lists page with the `link` header's page_info (rel="next", absent on the last page). Orders and
// fulfillment orders take at most 100 a page; products and variants 250 (the SDK's "Value range:
// 1-250"). Later pages send only page_info + limit (+ fields): the filters travel in page_info.
export const SHOPLINE_MAX_PAGE_SIZE = 100;
export const SHOPLINE_CATALOG_PAGE_SIZE = 250;

function shoplinePaginator(maxPageSize: number) {
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

/** Routing of a paged GET list: all pages or up to Limit, one item per record under `key`. */
export function pagedGet(
	url: string,
	key: string,
	preSend?: PreSend,
	maxPageSize = SHOPLINE_MAX_PAGE_SIZE,
): Routing {
	return pagedGetRouting(
		url,
		pacedShoplinePages(shoplinePaginator(maxPageSize)),
		shoplinePageOutput(key),
		preSend,
	);
}
