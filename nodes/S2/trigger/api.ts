import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { pathSegment } from '../../shared/input/parameters';
import { pollTimeGuard } from '../../shared/poll/pollTime';
import { authenticatedGet } from '../../shared/transport/authenticatedRequest';
import { header } from '../../shared/transport/errors';
import { describeS2Error, S2_CREDENTIAL } from '../helpers/errors';
import { s2Budget } from '../helpers/rate';
import { s2Get, s2Page } from '../helpers/s2Get';
import type { S2Reader } from './reader';

/**
 * The reader over HTTP: each request through the node's credential and S2's rate budget, and stopped
 * once the poll's time is spent (shared/poll/pollTime.ts).
 */
export function apiReader(ctx: IPollFunctions, inTime = pollTimeGuard(ctx)): S2Reader {
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
