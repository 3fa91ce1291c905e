import { pacing } from '../../shared/transport/pacedSend';
import { rateLimitProperty } from '../../shared/description/rateOption';
import { baseUrl } from './baseUrl';

// Fulfillbot (docs/api-notes.md#fulfillbot-rate-limit): a per-key limit, 60 requests a minute by default (keys can be set higher or lower);
// every answer states the key's limit, what is left and when the window resets (X-RateLimit-*).
// A fixed window: shared/rate/fixedWindow.ts.
export const FULFILLBOT_REQUESTS_PER_MINUTE = 60;

export const {
	budget: fulfillbotBudget,
	sender: fulfillbotPacedSender,
	pages: pacedFulfillbotPages,
	create: pacedFulfillbotCreate,
} = pacing(
	{
		api: 'Fulfillbot',
		credentialType: 'fulfillbotApi',
		// The limit is counted per key before a request reaches the order or shipping handlers: a 429
		// ("Rate limit exceeded") is a refusal, so sending the same request again cannot double it.
		writesRefusedBefore429: true,
		rate: (credentials, option) => {
			// Requests per Minute, when set on the node, caps this node below the key's stated limit; left
			// out (and for triggers and pickers), the limit Fulfillbot states for the key is followed, 60
			// until it has.
			const cap =
				option.requestsPerMinute === undefined
					? undefined
					: Math.max(1, Number(option.requestsPerMinute) || FULFILLBOT_REQUESTS_PER_MINUTE);
			const limit = cap ?? FULFILLBOT_REQUESTS_PER_MINUTE;
			return {
				identity: [baseUrl(credentials), String(credentials.apiKey ?? '')],
				model: { kind: 'window', limit, windowMs: 60_000, cap },
			};
		},
	},
	['orderNo', 'shippingOrderNo', 'id'],
);

export const fulfillbotRateLimit = rateLimitProperty(
	"Fulfillbot allows 60 requests a minute per API key by default, and per key as set; the node keeps to the key's limit each answer states (X-RateLimit-*) and waits out 429s",
	[
		{
			displayName: 'Requests per Minute',
			name: 'requestsPerMinute',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: FULFILLBOT_REQUESTS_PER_MINUTE,
			description:
				"The most this node sends per minute with this key, below the key's own limit (e.g. a key shared with another system). Without this option the node follows the key's limit as Fulfillbot states it on every answer (X-RateLimit-Limit), which is never passed either way.",
		},
	],
);
