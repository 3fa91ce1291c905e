import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';

import { answerItems, isPlainObject, toItems } from '../../shared/transport/items';
import { handleFulfillbotError } from './errors';

// Every Fulfillbot response wraps its payload as {"data": ...}.
function data(body: unknown): unknown {
	return isPlainObject(body) && 'data' in body ? body.data : body;
}

/** One item per record in the `key` array of the (unwrapped) answer, e.g. the batch freight's `channels`. */
function under(key: string) {
	return async function recordsUnder(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		return toItems(
			items.flatMap(({ json }) =>
				Array.isArray(json[key])
					? (json[key] as unknown[])
					: json[key] === undefined
						? []
						: [json[key]],
			),
		);
	};
}

/**
 * postReceive chain of a Fulfillbot operation: errors first, then the payload (`data`) as one item, or
 * one item per element of a plain array; with `key`, one item per record under `key` of the payload.
 */
export function fulfillbotOutput(key?: string): PostReceiveAction[] {
	const chain: PostReceiveAction[] = [handleFulfillbotError, answerItems(data)];
	return key === undefined ? chain : [...chain, under(key)];
}

/** The records of a list payload (`data`, unwrapped): a plain array, or the array under `key` (`items` of a paged list). */
export function records(data: unknown, key = 'items'): IDataObject[] {
	if (Array.isArray(data)) return data as IDataObject[];
	const list = isPlainObject(data) ? data[key] : undefined;
	return Array.isArray(list) ? (list as IDataObject[]) : [];
}
