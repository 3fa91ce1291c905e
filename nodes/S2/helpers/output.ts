import type { IDataObject, PostReceiveAction } from 'n8n-workflow';

import { answerItems, isPlainObject } from '../../shared/transport/items';
import { handleS2Error } from './errors';

// S2 answers plain JSON (no envelope): one object per call, lists as {"items": [...], "total"}.
/**
 * postReceive chain of an S2 operation: API errors first, then the body as one item (a plain array:
 * one item per element); with `key`, one item per record under `key` of the body.
 */
export function s2Output(key?: string): PostReceiveAction[] {
	return [handleS2Error, answerItems((body) => (key === undefined ? body : records(body, key)))];
}

/** The records of a list answer: the array under `key` (`items` of {items, total}); none otherwise. */
export function records(body: unknown, key = 'items'): IDataObject[] {
	const list = isPlainObject(body) ? body[key] : undefined;
	return Array.isArray(list) ? (list as IDataObject[]) : [];
}
