import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';

import { EMPTY_ANSWER, isEmptyBody, toItems } from '../../shared/transport/items';
import { handleS2Error } from './errors';

// S2 answers plain JSON (no envelope): one object per call, lists as {"items": [...], "total"}.
async function bodyAsItem(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body;
	if (isEmptyBody(body)) return [{ json: { ...EMPTY_ANSWER } }];
	return toItems(Array.isArray(body) ? body : [body]);
}

/** postReceive chain of every S2 operation: API errors first, then the body as one item. */
export const s2Output: PostReceiveAction[] = [handleS2Error, bodyAsItem];
