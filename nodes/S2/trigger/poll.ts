import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { pathSegment } from '../../shared/input/parameters';
import { mustFailPoll } from '../../shared/poll/pollErrors';
import { runPoll, type PollBinding } from '../../shared/poll/pollBinding';
import { pollTimeGuard } from '../../shared/poll/pollTime';
import { authenticatedGet } from '../../shared/transport/authenticatedRequest';
import { header } from '../../shared/transport/errors';
import { describeS2Error, S2_CREDENTIAL } from '../helpers/errors';
import { s2Budget } from '../helpers/rate';
import { s2Get, s2Page } from '../helpers/s2Get';
import { EVENTS, type StatusFilters } from './events';
import { requestsPerPoll } from './description';
import { sampleEvent } from './sample';
import { isPriming, pollS2, type PollOptions, type S2Reader, type S2State } from './watch';

const STATUS = /^[A-Z][A-Z0-9_]*$/;
const KNOWN_EVENTS: string[] = Object.values(EVENTS);

function reader(ctx: IPollFunctions, inTime = pollTimeGuard(ctx)): S2Reader {
	return {
		orderPage: async (offset, limit) => {
			inTime();
			// As s2Get, plus the answer's Date (S2's clock) for an activation that learns over several polls.
			const credentials = await ctx.getCredentials('s2Api');
			const baseURL = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
			const response = await authenticatedGet(ctx, {
				credential: S2_CREDENTIAL,
				baseURL,
				url: '/order',
				qs: { limit, offset },
				describe: describeS2Error,
				rate: s2Budget,
			});
			return { ...s2Page(response.body), date: header(response, 'date') };
		},
		order: async (orderId) => {
			inTime();
			try {
				return (await s2Get(
					ctx,
					`/order/${pathSegment(ctx.getNode(), orderId, 'S2 order id')}`,
				)) as IDataObject;
			} catch (error) {
				if (error instanceof NodeApiError && error.httpCode === '404') return undefined;
				throw error;
			}
		},
	};
}

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
	api: S2Reader = reader(ctx),
	tuning: Pick<PollOptions, 'pageSize' | 'minDetailReads'> = {},
): PollBinding {
	const { events, filters } = readParameters(ctx);
	return {
		label: 'S2 Trigger',
		sample: async () => {
			const sample = await sampleEvent(api, events, filters);
			if (!sample) {
				throw new NodeOperationError(ctx.getNode(), 'No matching record found in S2', {
					description:
						'Create an order (and a fulfillment for it, for fulfillment and shipment events) in this organization, or loosen the status filter, and fetch again.',
				});
			}
			return [[{ json: sample }]];
		},
		poll: async (state) => {
			const outcome = await pollS2(api, state as S2State, {
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
