import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { mustFailPoll } from '../../shared/poll/pollErrors';
import { runPoll, type PollBinding } from '../../shared/poll/pollBinding';
import { apiReader } from './api';
import { EVENTS, type StatusFilters } from './events';
import { requestsPerPoll } from './description';
import type { S2Reader, S2State } from './reader';
import { sampleEvent } from './sample';
import { isPriming, pollS2, type PollOptions } from './watch';

const STATUS = /^[A-Z][A-Z0-9_]*$/;
const KNOWN_EVENTS: string[] = Object.values(EVENTS);

/** A comma-separated status filter, refused before any request when a value is not a status. */
function statusList(ctx: IPollFunctions, name: keyof StatusFilters, label: string): string[] {
	const raw = String(ctx.getNodeParameter(name, '') ?? '');
	const values = raw
		.split(',')
		.map((v) => v.trim().toUpperCase())
		.filter(Boolean);
	const bad = values.find((v) => !STATUS.test(v));
	if (bad !== undefined) {
		throw new NodeOperationError(ctx.getNode(), `${label}: "${bad}" is not an S2 status`, {
			description:
				'Write S2 status values separated by commas, e.g. FULFILLED, CANCELLED (letters, digits and _ only), or leave the field empty.',
		});
	}
	return values;
}

function readParameters(ctx: IPollFunctions): { events: string[]; filters: StatusFilters } {
	const events = ctx.getNodeParameter('events', []) as string[];
	if (!events.length || events.some((e) => !KNOWN_EVENTS.includes(e))) {
		throw new NodeOperationError(
			ctx.getNode(),
			'Events: choose at least one of the listed events',
			{
				description: `Select one or more of the listed events (${KNOWN_EVENTS.join(', ')}).`,
			},
		);
	}
	const filters: StatusFilters = {
		orderStatuses: events.includes(EVENTS.orderStatusChanged)
			? statusList(ctx, 'orderStatuses', 'Only to Order Statuses')
			: [],
		assignStatuses: events.includes(EVENTS.orderAssignStatusChanged)
			? statusList(ctx, 'assignStatuses', 'Only to Assign Statuses')
			: [],
		fulfillmentStatuses: events.includes(EVENTS.fulfillmentStatusChanged)
			? statusList(ctx, 'fulfillmentStatuses', 'Only to Fulfillment Statuses')
			: [],
	};
	return { events, filters };
}

/**
 * The S2 Trigger bound to n8n (shared/poll/pollBinding.ts): the whole S2State is loaded and saved, so
 * `activatedAt` and any key added later survive between polls. `tuning` is for tests that drive the
 * same binding with their own reader (page size, details read when the budget is spent).
 */
export function s2Binding(
	ctx: IPollFunctions,
	reader: S2Reader = apiReader(ctx),
	tuning: Pick<PollOptions, 'pageSize' | 'minDetailReads'> = {},
): PollBinding {
	const { events, filters } = readParameters(ctx);
	return {
		label: 'S2 Trigger',
		sample: async () => {
			const sample = await sampleEvent(reader, events, filters);
			if (!sample) {
				throw new NodeOperationError(ctx.getNode(), 'No matching record found in S2', {
					description:
						'Create an order (and a fulfillment for it, for fulfillment and shipment events) in this organization, or loosen the status filter, and fetch again.',
				});
			}
			return [[{ json: sample }]];
		},
		poll: async (state) => {
			const outcome = await pollS2(reader, state as S2State, {
				events,
				filters,
				budget: requestsPerPoll(ctx),
				...tuning,
			});
			return { items: outcome.items, state: outcome.state as IDataObject };
		},
		// A failed poll leaves the state untouched, so whether it was priming can be asked now.
		mustFail: (error, state) => mustFailPoll(error, isPriming(state as S2State, events)),
	};
}

export async function pollS2Trigger(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	return await runPoll(this, s2Binding(this));
}
