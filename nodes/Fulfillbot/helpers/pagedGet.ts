import type { INodeProperties } from 'n8n-workflow';

import { pagedGetRouting } from '../../shared/transport/paging';
import { fulfillbotOutput } from './output';
import { fulfillbotPaginator } from './paging';
import { pacedFulfillbotPages } from './rate';

type Routing = NonNullable<INodeProperties['routing']>;

/** Routing of a paged GET list (`page`/`limit`): all pages or up to the limit, a record per item. */
export function pagedGet(url: string, preSend?: NonNullable<Routing['send']>['preSend']): Routing {
	return pagedGetRouting(url, pacedFulfillbotPages(fulfillbotPaginator), fulfillbotOutput, preSend);
}
