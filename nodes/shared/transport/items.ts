import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { PostReceive } from './routingSteps';

/*
 * n8n's item contract: every item's `json` is a plain object. APIs do not always keep theirs: a list of
 * scalars (`[1, "two"]`), a null record, an empty 2xx body. Every output of the pack goes through here.
 */

/** The key a record that is not an object is wrapped under: `[1, "two"]` → `{value: 1}`, `{value: "two"}`. */
export const VALUE_KEY = 'value';

/** What an answer with no body at all (e.g. 204 to a delete) becomes: one item saying it succeeded. */
export const EMPTY_ANSWER: IDataObject = { success: true };

export function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An answer that carries nothing: no body, or only whitespace. */
export function isEmptyBody(body: unknown): boolean {
	return body === undefined || body === null || (typeof body === 'string' && !body.trim());
}

/** One record as an item's json: objects as they are, anything else under `value`. */
export function asJson(record: unknown): IDataObject {
	return isPlainObject(record) ? record : { [VALUE_KEY]: record as IDataObject[string] };
}

/** One item per record, each a plain object. */
export function toItems(records: unknown[]): INodeExecutionData[] {
	return records.map((record) => ({ json: asJson(record) }));
}

/**
 * The postReceive step after the error handler of every API's output chain: `pick` reads the records out
 * of the answer's body (an envelope's `data`, the array under a key). No body, or a pick that carries
 * nothing, is one EMPTY_ANSWER item; an array, one item per element; anything else, one item.
 */
export function answerItems(pick: (body: unknown) => unknown): PostReceive {
	return async function answerAsItems(_items, response) {
		const picked = isEmptyBody(response.body) ? undefined : pick(response.body);
		if (isEmptyBody(picked)) return [{ json: { ...EMPTY_ANSWER } }];
		return toItems(Array.isArray(picked) ? picked : [picked]);
	};
}

/** Whether a create's answer names a record: some item with more than the empty-answer marker. */
export function namesARecord(items: INodeExecutionData[]): boolean {
	return items.some(
		(item) =>
			isPlainObject(item.json) && Object.keys(item.json).some((key) => !(key in EMPTY_ANSWER)),
	);
}
