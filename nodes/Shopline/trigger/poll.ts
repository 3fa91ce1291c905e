import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { mustFailPoll } from '../../shared/poll/pollErrors';
import { runPoll, type PollBinding } from '../../shared/poll/pollBinding';
import { pollTimeGuard } from '../../shared/poll/pollTime';
import {
	catalogPage,
	inventoryLevels,
	orderFulfillments,
	ordersUpdatedSince,
	productsUpdatedSince,
} from './api';
import { requestsPerPoll } from './description';
import { sampleEvent } from './sample';
import { isPriming, pollEvents, type ShoplineReader } from './watch';

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
	productsUpdatedSince: async (since, maxPages) => {
		inTime();
		return await productsUpdatedSince(ctx, since, maxPages);
	},
	catalogPage: async (page) => {
		inTime();
		return await catalogPage(ctx, page);
	},
	inventoryLevels: async (ids) => {
		inTime();
		return await inventoryLevels(ctx, ids);
	},
});

/** The SHOPLINE Trigger bound to n8n (shared/poll/pollBinding.ts). */
export function shoplineBinding(
	ctx: IPollFunctions,
	api: ShoplineReader = reader(ctx),
): PollBinding {
	const events = ctx.getNodeParameter('events', []) as string[];
	return {
		label: 'SHOPLINE Trigger',
		sample: async () => await sampleEvent(ctx, events),
		poll: async (state) => {
			const items = await pollEvents(api, state, events, { budget: requestsPerPoll(ctx) });
			return { items, state };
		},
		// Before the first state is saved, or for errors the user must fix, fail loudly. Passing
		// trouble (429, 5xx, network) leaves the state as it was: the next poll catches up.
		mustFail: (error, state) => mustFailPoll(error, isPriming(state, events), isConfiguration),
	};
}

export async function pollShopline(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	return await runPoll(this, shoplineBinding(this));
}
