import type { IDataObject } from 'n8n-workflow';

import { authenticatedGet, type GetContext } from '../../shared/transport/authenticatedRequest';
import { header } from '../../shared/transport/errors';
import { baseUrl } from './baseUrl';
import { describeShoplineError, SHOPLINE_CREDENTIAL } from './errors';
import { shoplineBudget } from './rate';

/** `page_info` of the `link` header's rel="next" URL; undefined on the last page. */
export function nextPageInfo(link: string | undefined): string | undefined {
	if (!link) return undefined;
	for (const part of link.split(',')) {
		const match = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part);
		if (!match) continue;
		const query = match[1].split('?')[1] ?? '';
		for (const pair of query.split('&')) {
			const [key, value = ''] = pair.split('=');
			if (key === 'page_info') return decodeURIComponent(value);
		}
	}
	return undefined;
}

export interface ShoplinePage {
	body: IDataObject;
	/** page_info for the next page, when the `link` header has one. */
	next?: string;
	/** The answer's HTTP Date header: SHOPLINE's own clock (the triggers' cursor never uses this machine's). */
	date?: string;
}

/** GET with the store's credential, for pickers, the trigger and "All Unfulfilled Line Items". */
export async function shoplineGet(
	context: GetContext,
	url: string,
	qs: IDataObject = {},
): Promise<ShoplinePage> {
	const credentials = await context.getCredentials('shoplineApi');
	const response = await authenticatedGet(context, {
		credential: SHOPLINE_CREDENTIAL,
		baseURL: baseUrl(credentials),
		url,
		qs,
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
		describe: describeShoplineError,
		rate: shoplineBudget,
	});
	return {
		body: (response.body ?? {}) as IDataObject,
		next: nextPageInfo(header(response, 'link')),
		date: header(response, 'date'),
	};
}
