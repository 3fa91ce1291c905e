import type { INodeProperties } from 'n8n-workflow';

import { pagedGetRouting, type PagedGetOptions } from '../../shared/transport/paging';
import { fulfillbotOutput } from './output';
import { FULFILLBOT_MAX_PAGE_SIZE, fulfillbotPaginator } from './paging';
import { pacedFulfillbotPages } from './rate';

/** Routing of a paged GET list (`page`/`limit`): all pages or up to Limit, one item per record (`data.items`). */
export function pagedGet(
	url: string,
	{ key = 'items', preSend, maxPageSize = FULFILLBOT_MAX_PAGE_SIZE }: PagedGetOptions = {},
): NonNullable<INodeProperties['routing']> {
	return pagedGetRouting(
		url,
		pacedFulfillbotPages(fulfillbotPaginator(key, maxPageSize)),
		fulfillbotOutput(),
		preSend,
	);
}
