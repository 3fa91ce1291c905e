import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { mustFailPoll } from '../../shared/pollErrors';
import { pollAlone } from '../../shared/pollLock';
import { pollTimeGuard } from '../../shared/pollTime';
import { orderFulfillments, ordersUpdatedSince } from './api';
import { requestsPerPoll } from './description';
import { sampleEvent } from './sample';
import { isPriming, pollOrders, type ShoplineReader } from './watch';

/** The credential refusing to send the token elsewhere, or a bad handle: configuration, not luck. */
const isConfiguration = (error: unknown) =>
	error instanceof Error && error.message.startsWith('SHOPLINE credential');

const reader = (ctx: IPollFunctions, inTime = pollTimeGuard(ctx)): ShoplineReader => ({
	ordersUpdatedSince: async (since, maxPages, from) => {
		inTime();
		return await ordersUpdatedSince(ctx, since, maxPages, from);
	},
	orderFulfillments: async (orderId) => {
		inTime();
		return await orderFulfillments(ctx, orderId);
	},
});

export async function pollShopline(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const events = this.getNodeParameter('events', []) as string[];
	if (this.getMode() === 'manual') return await sampleEvent(this, events);

	return await pollAlone(this, async () => await pollOnce(this, events));
}

async function pollOnce(
	ctx: IPollFunctions,
	events: string[],
): Promise<INodeExecutionData[][] | null> {
	const data = ctx.getWorkflowStaticData('node');
	try {
		const out = await pollOrders(reader(ctx), data, events, { budget: requestsPerPoll(ctx) });
		return out.length ? [out.map((json) => ({ json }))] : null;
	} catch (error) {
		// Before the first state is saved, or for errors the user must fix, fail loudly. Passing
		// trouble (429, 5xx, network) leaves the state as it was: the next poll catches up.
		// pollOrders writes `data` only once the whole poll succeeded, so it is still the state before.
		if (mustFailPoll(error, isPriming(data), isConfiguration)) throw error;
		ctx.logger.warn(
			`SHOPLINE Trigger: poll failed, retrying next poll: ${(error as Error).message}`,
		);
		return null;
	}
}
