import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { pageNumberPaginator } from '../../shared/transport/paging';
import { records } from './output';

// The docs give page/limit with default limit 20 but no maximum; 100 is the most we ask for.
// (docs/api-notes.md#fulfillbot-paging: a choice where the docs are silent.)
export const FULFILLBOT_MAX_PAGE_SIZE = 100;

/**
 * Paged lists answer {"data": {"items": [...], "total", "page", "limit"}}; after `fulfillbotOutput()`
 * that is one item whose json is the inner object, its records under `key`.
 */
export function fulfillbotPaginator(key: string, maxPageSize: number) {
	return pageNumberPaginator({
		pageParam: 'page',
		sizeParam: 'limit',
		maxPageSize,
		read(items: INodeExecutionData[]) {
			const page = (items[0]?.json ?? {}) as IDataObject;
			return {
				records: records(page, key),
				total: typeof page.total === 'number' ? page.total : undefined,
			};
		},
	});
}
