import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { runPoll, type PollBinding } from '../../shared/poll/pollBinding';
import { apiReader } from './api';
import { requestsPerPoll } from './description';
import { EVENTS } from './events';
import type { FulfillbotReader } from './reader';
import { sampleEvent } from './sample';
import { pollFulfillbot, type PollOptions } from './watch';

/**
 * The Fulfillbot Trigger bound to n8n (shared/poll/pollBinding.ts). `tuning` is for tests that drive the
 * same binding with their own reader (page size).
 */
export function fulfillbotBinding(
	ctx: IPollFunctions,
	reader: FulfillbotReader = apiReader(ctx),
	tuning: Pick<PollOptions, 'pageSize'> = {},
): PollBinding {
	const events = ctx.getNodeParameter('events', []) as string[];
	return {
		label: 'Fulfillbot Trigger',
		sample: async () => {
			const sample = await sampleEvent(
				reader,
				events,
				ctx.getNodeParameter('statuses', []) as string[],
			);
			if (!sample) {
				throw new NodeOperationError(ctx.getNode(), 'No matching record found in Fulfillbot', {
					description:
						'Create a purchase order (or a package / shipping order, for those events) and fetch again.',
				});
			}
			return [[{ json: sample }]];
		},
		poll: async (state) => {
			const statuses = events.includes(EVENTS.purchaseOrderStatusChanged)
				? (ctx.getNodeParameter('statuses', []) as string[])
				: [];
			const outcome = await pollFulfillbot(reader, state, {
				events,
				statuses,
				budget: requestsPerPoll(ctx),
				...tuning,
			});
			return { items: outcome.items, state: outcome.state as IDataObject };
		},
		// pollFulfillbot decides per list whether an error fails the poll (a failing list keeps its state
		// unless it must fail loudly, shared/poll/pollErrors.ts), so whatever it throws fails the poll.
		mustFail: () => true,
	};
}

export async function pollFulfillbotTrigger(
	this: IPollFunctions,
): Promise<INodeExecutionData[][] | null> {
	return await runPoll(this, fulfillbotBinding(this));
}
