import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { pageNumberPaginator } from '../../shared/transport/paging';

// The docs give page/limit with default limit 20 but no maximum; 100 is the most we ask for.
// (Stated in the README as a choice where the docs are silent.)
export const FULFILLBOT_MAX_PAGE_SIZE = 100;

/**
 * Paged lists answer {"data": {"items": [...], "total", "page", "limit"}} (seed 001); after
 * `fulfillbotOutput` that is one item whose json is the inner object.
 */
export const fulfillbotPaginator = pageNumberPaginator({
	pageParam: 'page',
	sizeParam: 'limit',
	maxPageSize: FULFILLBOT_MAX_PAGE_SIZE,
	read(items: INodeExecutionData[]) {
		const page = (items[0]?.json ?? {}) as { items?: IDataObject[]; total?: number };
		return {
			records: Array.isArray(page.items) ? page.items : [],
			total: typeof page.total === 'number' ? page.total : undefined,
		};
	},
});
