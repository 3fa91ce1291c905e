import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { orderFulfillments, ordersUpdatedSince } from './api';
import { sampleEvent } from './sample';
import { isPriming, pollOrders, type ShoplineReader } from './watch';

export { MAX_FULFILLMENT_FETCHES } from './watch';

/** Errors the user must fix (token, scope, frozen or locked store, a refused request) fail the poll loudly. */
function mustFail(error: unknown): boolean {
	if (error instanceof NodeApiError) {
		const code = String(error.httpCode ?? '');
		// 2xx here is a garbled answer (shared/errors.ts): passing trouble, like 429 and 5xx.
		if (code === '429' || code.startsWith('5') || code.startsWith('2') || !/^\d{3}$/.test(code)) return false;
		return true;
	}
	// The credential refusing to send the token elsewhere, or a bad handle: configuration, not luck.
	return error instanceof Error && error.message.startsWith('SHOPLINE credential');
}

const reader = (ctx: IPollFunctions): ShoplineReader => ({
	ordersUpdatedSince: async (since) => await ordersUpdatedSince(ctx, since),
	orderFulfillments: async (orderId) => await orderFulfillments(ctx, orderId),
});

export async function pollShopline(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const events = this.getNodeParameter('events', []) as string[];
	if (this.getMode() === 'manual') return await sampleEvent(this, events);

	const data = this.getWorkflowStaticData('node');
	const priming = isPriming(data);
	try {
		const out = await pollOrders(reader(this), data, events);
		return out.length ? [out.map((json) => ({ json }))] : null;
	} catch (error) {
		// Before the first state is saved, or for errors the user must fix, fail loudly. Passing
		// trouble (429, 5xx, network) leaves the state as it was: the next poll catches up.
		if (priming || mustFail(error)) throw error;
		this.logger.warn(`SHOPLINE Trigger: poll failed, retrying next poll: ${(error as Error).message}`);
		return null;
	}
}
