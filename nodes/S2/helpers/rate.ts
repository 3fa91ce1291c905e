import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import {
	pacedCreate,
	pacedPaginator,
	pacedSender,
	rateLimitOption,
	type RateSetup,
} from '../../shared/pacedSend';
import { budgetFor, pacedByDefault, type RateBudget } from '../../shared/rateBudget';
import { rateLimitProperty } from '../../shared/rateOption';
import type { GetContext } from '../../shared/authenticatedGet';
import { baseUrl } from './baseUrl';

// S2 documents no rate limit: nothing is spaced out, but a 429 holds every request of the token
// until its Retry-After (or a back-off that doubles, 1 s up to 60 s, when it gives none).
export async function s2Budget(context: IExecuteSingleFunctions | GetContext): Promise<RateBudget> {
	const credentials = (await context.getCredentials('s2Api')) as IDataObject;
	const option = rateLimitOption(context as IExecuteSingleFunctions);
	const identity = [
		baseUrl(credentials),
		String(credentials.accessToken ?? ''),
		String(credentials.organizationId ?? ''),
	];
	const budget = budgetFor('s2', identity, () => ({ kind: 'none' }));
	budget.configure(undefined, option.pace ?? pacedByDefault('s2'));
	return budget;
}

export const s2Rate: RateSetup = {
	api: 'S2',
	budget: s2Budget,
	// No documented limit, so nothing says where a 429 comes from or whether the request was looked at:
	// writes are not sent again after one (reads are).
	writesRefusedBefore429: false,
};

export const s2PacedSender = pacedSender(s2Rate);
export const pacedS2Pages = (paginate: Parameters<typeof pacedPaginator>[1]) =>
	pacedPaginator(s2Rate, paginate);
export const pacedS2Create = (what: string, send: Parameters<typeof pacedCreate>[2]) =>
	pacedCreate(s2Rate, { what, label: ['id', 'channelFulfillmentId'] }, send);

export const s2RateLimit = rateLimitProperty(
	'S2 documents no rate limit; when it answers 429 the node waits for its Retry-After before reading again',
	[],
);
