import type { INodeExecutionData } from 'n8n-workflow';

import { offsetPaginator } from '../../shared/transport/paging';
import { records } from './output';
import { s2Page } from './s2Get';

// GET /order, /account, /product page with limit/offset and answer {items, total}; /order's limit
// is at most 100 (docs/api-notes.md#s2-lists), the others are not stated, so 100 is used for all.
export const S2_MAX_PAGE_SIZE = 100;

/** After `s2Output()` a page is one item whose json is the {items, total} body; its records under `key`. */
export function s2Paginator(key: string, maxPageSize: number) {
	return offsetPaginator({
		offsetParam: 'offset',
		sizeParam: 'limit',
		maxPageSize,
		read: (items: INodeExecutionData[]) => {
			const json = items[0]?.json;
			return { records: records(json, key), total: s2Page(json).total };
		},
	});
}
