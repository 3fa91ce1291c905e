import { pacing } from '../../shared/transport/pacedSend';
import { rateLimitProperty } from '../../shared/description/rateOption';
import { baseUrl } from './baseUrl';

// S2 documents no rate limit (docs/api-notes.md#s2-rate-limit): nothing is spaced out until S2 answers 429. A 429 holds every request of
// the token until its Retry-After (or a back-off that doubles, 1 s up to 60 s, when it gives none), and
// from then on requests are released at the rate S2's answers showed it grants (a learned rate:
// shared/rate/learnedRate.ts).
export const {
	budget: s2Budget,
	sender: s2PacedSender,
	pages: pacedS2Pages,
	create: pacedS2Create,
} = pacing(
	{
		api: 'S2',
		credentialType: 's2Api',
		// No documented limit, so nothing says where a 429 comes from or whether the request was looked
		// at: writes are not sent again after one (reads are).
		writesRefusedBefore429: false,
		rate: (credentials) => ({
			identity: [
				baseUrl(credentials),
				String(credentials.accessToken ?? ''),
				String(credentials.organizationId ?? ''),
			],
			model: { kind: 'learned' },
		}),
	},
	['id', 'channelFulfillmentId'],
);

export const s2RateLimit = rateLimitProperty(
	'S2 documents no rate limit; when it answers 429 the node waits for its Retry-After, then sends at the rate S2 was seen to grant',
	[],
);
