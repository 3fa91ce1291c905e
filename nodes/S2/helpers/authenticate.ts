import { baseUrlOrigin, bearerAuthentication } from '../../shared/transport/bearer';

const CREDENTIAL = 'S2 credential';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The S2 credential's `authenticate`: the token goes only to the Base URL's origin
 * (docs/api-notes.md#s2-base-url), once it passes the shared address rule; X-S2-Organization is sent
 * only when set, and a mistyped ID is refused before any request.
 */
export const authenticateS2 = bearerAuthentication({
	credential: CREDENTIAL,
	secret: 'access token',
	origin: baseUrlOrigin(
		CREDENTIAL,
		'Set it to the https address S2 gave you (its documented sandbox is https://api.s2sell.io; the local sandbox is http://127.0.0.1:5679/s2).',
	),
	token: (credentials) => String(credentials.accessToken ?? ''),
	headers: (credentials) => {
		const organizationId = String(credentials.organizationId ?? '').trim();
		if (organizationId && !UUID.test(organizationId)) {
			throw new Error(
				`S2 credential: Organization ID "${organizationId}" is not a UUID. Copy it from S2 (format 8-4-4-4-12 hex digits) or leave it empty.`,
			);
		}
		return organizationId ? { 'X-S2-Organization': organizationId } : undefined;
	},
});
