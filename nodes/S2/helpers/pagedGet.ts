import type { INodeProperties } from 'n8n-workflow';

import { pagedGetRouting } from '../../shared/transport/paging';
import { s2Output } from './output';
import { s2Paginator } from './paging';
import { pacedS2Pages } from './rate';

/** Routing of an S2 list (limit/offset): all records or up to Limit, one item per record. */
export function pagedGet(url: string): NonNullable<INodeProperties['routing']> {
	return pagedGetRouting(url, pacedS2Pages(s2Paginator), s2Output);
}
