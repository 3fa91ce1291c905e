import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { mustFailPoll } from '../../shared/poll/pollErrors';
import { runPoll, type PollBinding } from '../../shared/poll/pollBinding';
import { apiReader } from './api';
import { requestsPerPoll } from './description';
import type { ShoplineReader, ShoplineState } from './reader';
import { sampleEvent } from './sample';
import { isPriming, pollShopline } from './watch';

/** The credential refusing to send the token elsewhere, or a bad handle: configuration, not luck. */
const isConfiguration = (error: unknown) =>
	error instanceof Error && error.message.startsWith('SHOPLINE credential');

/** The SHOPLINE Trigger bound to n8n (shared/poll/pollBinding.ts); tests swap the reader. */
export function shoplineBinding(
	ctx: IPollFunctions,
	reader: ShoplineReader = apiReader(ctx),
): PollBinding {
	const events = ctx.getNodeParameter('events', []) as string[];
	return {
		label: 'SHOPLINE Trigger',
		sample: async () => await sampleEvent(ctx, events),
		poll: async (state) => {
			const next = await pollShopline(reader, state as ShoplineState, {
				events,
				budget: requestsPerPoll(ctx),
			});
			return { items: next.items, state: next.state as IDataObject };
		},
		// Before the first state is saved, or for errors the user must fix, fail loudly. Passing
		// trouble (429, 5xx, network) leaves the state as it was: the next poll catches up.
		mustFail: (error, state) =>
			mustFailPoll(error, isPriming(state as ShoplineState, events), isConfiguration),
	};
}

export async function pollShoplineTrigger(
	this: IPollFunctions,
): Promise<INodeExecutionData[][] | null> {
	return await runPoll(this, shoplineBinding(this));
}
