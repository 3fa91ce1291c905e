import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';

import { EMPTY_ANSWER, isEmptyBody, isPlainObject, toItems } from '../../shared/transport/items';
import { handleS2Error } from './errors';

// S2 answers plain JSON (no envelope): one object per call, lists as {"items": [...], "total"}.
function bodyAs(key?: string) {
	return async function bodyAsItem(
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = response.body;
		if (isEmptyBody(body)) return [{ json: { ...EMPTY_ANSWER } }];
		if (key !== undefined) return toItems(records(body, key));
		return toItems(Array.isArray(body) ? body : [body]);
	};
}

/**
 * postReceive chain of an S2 operation: API errors first, then the body as one item (a plain array:
 * one item per element); with `key`, one item per record under `key` of the body.
 */
export function s2Output(key?: string): PostReceiveAction[] {
	return [handleS2Error, bodyAs(key)];
}

/** The records of a list answer: the array under `key` (`items` of {items, total}); none otherwise. */
export function records(body: unknown, key = 'items'): IDataObject[] {
	const list = isPlainObject(body) ? body[key] : undefined;
	return Array.isArray(list) ? (list as IDataObject[]) : [];
}
