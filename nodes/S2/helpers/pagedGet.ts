import type { INodeProperties } from 'n8n-workflow';

import { s2Output } from './output';
import { s2Paginator } from './paging';

type Routing = NonNullable<INodeProperties['routing']>;

/** Routing of an S2 list (limit/offset): all records or up to Limit, one item per record. */
export function pagedGet(url: string): Routing {
	return {
		request: { method: 'GET', url },
		send: { paginate: true },
		operations: { pagination: s2Paginator },
		output: { postReceive: s2Output },
	};
}
