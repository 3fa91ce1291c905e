import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { handleShoplineError } from './errors';
import { records } from './output';

// There is no single-order GET (docs/api-notes.md#shopline-orders): Order → Get asks orders.json?ids=<id>, and an empty list means
// the store has no such order (the API answers 200 with "orders": []).
async function oneOrder(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const orders = records(response.body, 'orders');
	if (!orders.length) {
		const orderId = String(this.getNodeParameter('orderId', '')).trim();
		throw new NodeOperationError(this.getNode(), `SHOPLINE order ${orderId} not found`, {
			description:
				'No order with this ID in the store. Use the order’s numeric ID from Order → Get Many, not its name such as #1001.',
			itemIndex: this.getItemIndex(),
		});
	}
	return orders.map((json) => ({ json }));
}

export const orderGetOutput: PostReceiveAction[] = [handleShoplineError, oneOrder];
