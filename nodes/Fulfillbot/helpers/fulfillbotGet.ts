import type { IDataObject } from 'n8n-workflow';

import { authenticatedGet, type GetContext } from '../../shared/transport/authenticatedRequest';
import { baseUrl } from './baseUrl';
import { describeFulfillbotError, FULFILLBOT_CREDENTIAL } from './errors';
import { fulfillbotBudget } from './rate';

/** GET `url` with the node's credentials (pickers, trigger); returns the envelope's `data` (or the whole body). */
export async function fulfillbotGet(
	context: GetContext,
	url: string,
	qs: IDataObject = {},
): Promise<unknown> {
	const credentials = await context.getCredentials('fulfillbotApi');
	const { body } = await authenticatedGet(context, {
		credential: FULFILLBOT_CREDENTIAL,
		baseURL: baseUrl(credentials),
		url,
		qs,
		describe: describeFulfillbotError,
		rate: fulfillbotBudget,
	});
	const envelope = body as { data?: unknown } | undefined;
	return envelope && typeof envelope === 'object' && 'data' in envelope ? envelope.data : envelope;
}
