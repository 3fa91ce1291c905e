import { allowedOrigin } from '../../shared/transport/apiOrigin';
import { bearerAuthentication } from '../../shared/transport/bearer';
import { handleProblem, storeOrigin } from './baseUrl';

const CREDENTIAL = 'SHOPLINE credential';

/**
 * The SHOPLINE credential's `authenticate`: the token goes only to the store's own origin, or to the
 * Base URL Override (the sandbox and tests) once it passes the shared address rule.
 */
export const authenticateShopline = bearerAuthentication({
	credential: CREDENTIAL,
	secret: 'access token',
	origin: (credentials) => {
		const handle = String(credentials.handle ?? '');
		const problem = handleProblem(handle);
		if (problem) throw new Error(problem);
		const override = String(credentials.baseUrlOverride ?? '').trim();
		if (!override) return storeOrigin(handle);
		return allowedOrigin(override, {
			credential: CREDENTIAL,
			field: 'Base URL Override',
			fix: 'It is meant for the sandbox and tests only: leave it empty for a real store.',
		});
	},
	token: (credentials) => String(credentials.accessToken ?? ''),
});
