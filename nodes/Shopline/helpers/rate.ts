import { pacing } from '../../shared/transport/pacedSend';
import { rateLimitProperty } from '../../shared/description/rateOption';
import { baseUrl } from './baseUrl';

// SHOPLINE (docs/api-notes.md#shopline-rate-limit): a leaky bucket per app and store, 4 requests a second, bursts up to 40 (no headers).
// The model: shared/rate/leakyBucket.ts.
export const SHOPLINE_PER_SECOND = 4;
export const SHOPLINE_BURST = 40;

export const {
	budget: shoplineBudget,
	sender: shoplinePacedSender,
	pages: pacedShoplinePages,
	create: pacedShoplineCreate,
} = pacing(
	{
		api: 'SHOPLINE',
		credentialType: 'shoplineApi',
		// The bucket is checked per store at the gateway, before the request is routed to orders or
		// fulfillments; its 429 ("Too many request") is a refusal, so the same request may be sent again.
		writesRefusedBefore429: true,
		rate: (credentials, option) => {
			const asked = Number(option.requestsPerSecond ?? SHOPLINE_PER_SECOND);
			const perSecond = asked > 0 ? asked : SHOPLINE_PER_SECOND;
			const burst = Math.max(1, Number(option.burst ?? SHOPLINE_BURST) || SHOPLINE_BURST);
			return {
				identity: [baseUrl(credentials), String(credentials.accessToken ?? '')],
				model: { kind: 'bucket', perSecond, burst },
			};
		},
	},
	['id'],
);

export const shoplineRateLimit = rateLimitProperty(
	'SHOPLINE allows 4 requests a second per store, in bursts up to 40; the node keeps to it and waits out 429s',
	[
		{
			displayName: 'Burst',
			name: 'burst',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: SHOPLINE_BURST,
			description:
				'How many requests may go at once before the per-second pace applies (the size of SHOPLINE’s bucket)',
		},
		{
			displayName: 'Requests per Second',
			name: 'requestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1, numberPrecision: 1 },
			default: SHOPLINE_PER_SECOND,
			description:
				'The pace SHOPLINE’s bucket drains at: the most this node sends per second once a burst is spent',
		},
	],
);
