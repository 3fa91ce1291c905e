import { baseUrlOrigin, bearerAuthentication } from '../../shared/transport/bearer';

const CREDENTIAL = 'Fulfillbot credential';

/**
 * The Fulfillbot credential's `authenticate`: the key goes only to the Base URL's origin
 * (docs/api-notes.md#fulfillbot-base-url), once it passes the shared address rule.
 */
export const authenticateFulfillbot = bearerAuthentication({
	credential: CREDENTIAL,
	secret: 'API key',
	origin: baseUrlOrigin(
		CREDENTIAL,
		'Set it to https://api.fulfillbot.com/api/v1/open for the live API (http://127.0.0.1:5679/fulfillbot/api/v1/open for the local sandbox).',
	),
	token: (credentials) => String(credentials.apiKey ?? ''),
});
