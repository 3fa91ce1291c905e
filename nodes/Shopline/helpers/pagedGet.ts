import type { INodeProperties } from 'n8n-workflow';

import { pagedGetRouting, type PagedGetOptions } from '../../shared/transport/paging';
import { shoplinePageOutput } from './output';
import { SHOPLINE_MAX_PAGE_SIZE, shoplinePaginator } from './paging';
import { pacedShoplinePages } from './rate';

/** Routing of a paged GET list (`link` header page_info): all pages or up to Limit, one item per record under `key`. */
export function pagedGet(
	url: string,
	{ key, preSend, maxPageSize = SHOPLINE_MAX_PAGE_SIZE }: PagedGetOptions = {},
): NonNullable<INodeProperties['routing']> {
	return pagedGetRouting(
		url,
		pacedShoplinePages(shoplinePaginator(maxPageSize)),
		shoplinePageOutput(key),
		preSend,
	);
}
