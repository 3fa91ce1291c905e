import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { pathSegment } from '../../shared/input/pathId';
import { runPoll, type PollBinding } from '../../shared/poll/pollBinding';
import { pollTimeGuard } from '../../shared/poll/pollTime';
import type { Change } from '../../shared/poll/statusChanges';
import { fulfillbotGet } from '../helpers/fulfillbotGet';
import { records } from '../helpers/output';
import { requestsPerPoll } from './description';
import { pollSources, sourcesFor, type FulfillbotReader, type PollOptions } from './watch';

async function getPage(
	ctx: IPollFunctions,
	path: string,
	qs: IDataObject,
): Promise<{ items: IDataObject[]; total?: number }> {
	const data = (await fulfillbotGet(ctx, path, qs)) as { total?: number } | undefined;
	return { items: records(data), total: data?.total };
}

function toItem(
	event: string,
	change: Pick<Change<IDataObject>, 'previousStatus' | 'status' | 'record'>,
): INodeExecutionData {
	return {
		json: { event, previousStatus: change.previousStatus, ...change.record, status: change.status },
	};
}

/** "Fetch Test Event": the newest record of the first selected event's list, state untouched. */
async function sample(ctx: IPollFunctions, events: string[]): Promise<INodeExecutionData[][]> {
	for (const source of sourcesFor(events)) {
		const qs: IDataObject = { page: 1, limit: 1 };
		const only =
			source.key === 'purchaseOrders' ? (ctx.getNodeParameter('statuses', []) as string[]) : [];
		if (only.length) qs.status = only[0];
		const [latest] = (await getPage(ctx, source.path, qs)).items;
		if (latest) {
			const event = (
				events.includes(source.changedEvent ?? '') ? source.changedEvent : source.createdEvent
			) as string;
			return [
				[toItem(event, { previousStatus: null, status: String(latest.status), record: latest })],
			];
		}
	}
	throw new NodeOperationError(ctx.getNode(), 'No matching record found in Fulfillbot', {
		description:
			'Create a purchase order (or a package / shipping order, for those events) and fetch again.',
	});
}

const reader = (ctx: IPollFunctions, inTime = pollTimeGuard(ctx)): FulfillbotReader => ({
	page: async (path, page, limit, status) => {
		inTime();
		return await getPage(ctx, path, status ? { page, limit, status } : { page, limit });
	},
	order: async (orderNo) => {
		inTime();
		try {
			return (await fulfillbotGet(
				ctx,
				`/orders/${pathSegment(ctx.getNode(), orderNo, 'Fulfillbot order number')}`,
			)) as IDataObject;
		} catch (error) {
			if (error instanceof NodeApiError && error.httpCode === '404') return undefined;
			throw error;
		}
	},
	warn: (message) => ctx.logger.warn(message),
});

/**
 * The Fulfillbot Trigger bound to n8n (shared/poll/pollBinding.ts). `tuning` is for tests that drive the
 * same binding with their own reader (page size).
 */
export function fulfillbotBinding(
	ctx: IPollFunctions,
	api: FulfillbotReader = reader(ctx),
	tuning: Pick<PollOptions, 'pageSize'> = {},
): PollBinding {
	const events = ctx.getNodeParameter('events', []) as string[];
	return {
		label: 'Fulfillbot Trigger',
		sample: async () => await sample(ctx, events),
		poll: async (state) => {
			const statuses = events.includes('purchaseOrderStatusChanged')
				? (ctx.getNodeParameter('statuses', []) as string[])
				: [];
			// pollSources updates `state` list by list; a list that fails keeps its state unless it must fail
			// loudly (it decides per list, with shared/poll/pollErrors.ts), so whatever it throws fails the poll.
			const emitted = await pollSources(api, state, {
				events,
				statuses,
				budget: requestsPerPoll(ctx),
				...tuning,
			});
			return { items: emitted.map(({ event, change }) => toItem(event, change).json), state };
		},
		mustFail: () => true,
	};
}

export async function pollFulfillbot(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	return await runPoll(this, fulfillbotBinding(this));
}
