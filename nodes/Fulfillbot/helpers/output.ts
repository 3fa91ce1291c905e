import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';

import { EMPTY_ANSWER, isEmptyBody, toItems } from '../../shared/transport/items';
import { handleFulfillbotError } from './errors';

// Every Fulfillbot response wraps its payload as {"data": ...}.
async function unwrapData(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as { data?: unknown } | undefined;
	const data = body && typeof body === 'object' && 'data' in body ? body.data : body;
	if (isEmptyBody(data)) return [{ json: { ...EMPTY_ANSWER } }];
	return toItems(Array.isArray(data) ? data : [data]);
}

/** postReceive chain for a single-object or plain-array Fulfillbot response. */
export const fulfillbotOutput: PostReceiveAction[] = [handleFulfillbotError, unwrapData];

/** One item per record in the `key` array of the (unwrapped) answer, e.g. the batch freight's `channels`. */
export function fulfillbotOutputUnder(key: string): PostReceiveAction[] {
	async function recordsUnder(
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
	}
	return [...fulfillbotOutput, recordsUnder];
}
