import type { INodeExecutionData } from 'n8n-workflow';

import { offsetPaginator } from '../../shared/transport/paging';
import { s2Page } from './s2Get';

// GET /order, /account, /product page with limit/offset and answer {items, total}; /order's limit
// is at most 100 (doc.ventmere.io), the others are not stated, so 100 is used for all.
export const S2_MAX_PAGE_SIZE = 100;

/** After `s2Output` a page is one item whose json is the {items, total} body. */
export const s2Paginator = offsetPaginator({
	offsetParam: 'offset',
	sizeParam: 'limit',
	maxPageSize: S2_MAX_PAGE_SIZE,
	read: (items: INodeExecutionData[]) => s2Page(items[0]?.json),
});
