import type { IDataObject } from 'n8n-workflow';

import { authenticatedGet, type GetContext } from '../../shared/transport/authenticatedRequest';
import { isPlainObject } from '../../shared/transport/items';
import { describeS2Error, S2_CREDENTIAL } from './errors';
import { records } from './output';
import { baseUrl } from './baseUrl';
import { s2Budget } from './rate';

/** GET `url` (e.g. `/order`) with the node's S2 credential, for pickers, the trigger and the duplicate look-up; returns the parsed body. */
export async function s2Get(
	context: GetContext,
	url: string,
	qs: IDataObject = {},
): Promise<unknown> {
	const credentials = await context.getCredentials('s2Api');
	return (
		await authenticatedGet(context, {
			credential: S2_CREDENTIAL,
			baseURL: baseUrl(credentials),
			url,
			qs,
			describe: describeS2Error,
			rate: s2Budget,
		})
	).body;
}

/** Records and total of an S2 list answer: {"items": [...], "total": n}. */
export function s2Page(body: unknown): { records: IDataObject[]; total?: number } {
	const total = isPlainObject(body) ? body.total : undefined;
	return { records: records(body), total: typeof total === 'number' ? total : undefined };
}
