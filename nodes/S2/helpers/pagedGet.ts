import type { INodeProperties } from 'n8n-workflow';

import { pagedGetRouting, type PagedGetOptions } from '../../shared/transport/paging';
import { s2Output } from './output';
import { S2_MAX_PAGE_SIZE, s2Paginator } from './paging';
import { pacedS2Pages } from './rate';

/** Routing of an S2 list (limit/offset): all records or up to Limit, one item per record (`items`). */
export function pagedGet(
	url: string,
	{ key = 'items', preSend, maxPageSize = S2_MAX_PAGE_SIZE }: PagedGetOptions = {},
): NonNullable<INodeProperties['routing']> {
	return pagedGetRouting(url, pacedS2Pages(s2Paginator(key, maxPageSize)), s2Output(), preSend);
}
