import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { pacing, rateLimitOption, type RateSetup } from '../../shared/transport/pacedSend';
import type { RateBudget } from '../../shared/rate/budget';
import { configuredBudget } from '../../shared/rate/registry';
import { rateLimitProperty } from '../../shared/description/rateOption';
import type { GetContext } from '../../shared/transport/authenticatedRequest';
import { baseUrl } from './baseUrl';

// S2 documents no rate limit (docs/api-notes.md#s2-rate-limit): nothing is spaced out until S2 answers 429. A 429 holds every request of
// the token until its Retry-After (or a back-off that doubles, 1 s up to 60 s, when it gives none), and
// from then on requests are released at the rate S2's answers showed it grants (a learned rate:
// shared/rate/learnedRate.ts).
export async function s2Budget(context: IExecuteSingleFunctions | GetContext): Promise<RateBudget> {
	const credentials = (await context.getCredentials('s2Api')) as IDataObject;
	const option = rateLimitOption(context as IExecuteSingleFunctions);
	const identity = [
		baseUrl(credentials),
		String(credentials.accessToken ?? ''),
		String(credentials.organizationId ?? ''),
	];
	return configuredBudget('s2', identity, { kind: 'learned' }, option.pace);
}

export const s2Rate: RateSetup = {
	api: 'S2',
	budget: s2Budget,
	// No documented limit, so nothing says where a 429 comes from or whether the request was looked at:
	// writes are not sent again after one (reads are).
	writesRefusedBefore429: false,
};

export const {
	sender: s2PacedSender,
	pages: pacedS2Pages,
	create: pacedS2Create,
} = pacing(s2Rate, ['id', 'channelFulfillmentId']);

export const s2RateLimit = rateLimitProperty(
	'S2 documents no rate limit; when it answers 429 the node waits for its Retry-After, then sends at the rate S2 was seen to grant',
	[],
);
