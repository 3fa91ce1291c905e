import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { handleFulfillbotError } from './errors';

// Every Fulfillbot response wraps its payload as {"data": ...}.
async function unwrapData(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as { data?: unknown } | undefined;
	const data = body && typeof body === 'object' && 'data' in body ? body.data : body;
	const records = Array.isArray(data) ? data : [data];
	return records.map((json) => ({ json: (json ?? {}) as INodeExecutionData['json'] }));
}

/** postReceive chain for a single-object or plain-array Fulfillbot response. */
export const fulfillbotOutput: PostReceiveAction[] = [handleFulfillbotError, unwrapData];
