import type { INodeProperties } from 'n8n-workflow';

import { fulfillbotOutput } from './output';
import { fulfillbotPaginator } from './paging';

type Routing = NonNullable<INodeProperties['routing']>;

/** Routing of a paged GET list (`page`/`limit`): all pages or up to the limit, a record per item. */
export function pagedGet(url: string, preSend?: NonNullable<Routing['send']>['preSend']): Routing {
	return {
		request: { method: 'GET', url },
		send: preSend ? { paginate: true, preSend } : { paginate: true },
		operations: { pagination: fulfillbotPaginator },
		output: { postReceive: fulfillbotOutput },
	};
}
