import type { IDataObject, PostReceiveAction } from 'n8n-workflow';

import { header } from '../../shared/transport/errors';
import type { PostReceive } from '../../shared/transport/routingSteps';
import { answerItems, asJson, isEmptyBody, isPlainObject } from '../../shared/transport/items';
import { handleShoplineError } from './errors';
import { nextPageInfo } from './shoplineGet';

/**
 * The records under `key` of a wrapped SHOPLINE answer ({"orders": [...]}, {"fulfillment": {...}});
 * without a key (counts: {"count": n}) the whole body is the one record.
 */
export function records(body: unknown, key?: string): IDataObject[] {
	const value = key && isPlainObject(body) && key in body ? body[key] : body;
	if (Array.isArray(value)) return value.map(asJson);
	return isEmptyBody(value) ? [] : [asJson(value)];
}

/** postReceive chain: errors first, then one n8n item per record under `key` (or the whole body). */
export function shoplineOutput(key?: string): PostReceiveAction[] {
	return [handleShoplineError, answerItems((body) => records(body, key))];
}

/** One page for the cursor paginator: the records and the `link` header's next page_info. */
export interface ShoplinePageJson extends IDataObject {
	records: IDataObject[];
	next?: string;
}

function page(key?: string): PostReceive {
	return async function readPage(_items, response) {
		const json: ShoplinePageJson = { records: records(response.body, key) };
		const next = nextPageInfo(header(response, 'link'));
		if (next) json.next = next;
		return [{ json }];
	};
}

/** postReceive chain of a paged list: read by `shoplinePaginator` (helpers/paging.ts); records under `key`. */
export function shoplinePageOutput(key?: string): PostReceiveAction[] {
	return [handleShoplineError, page(key)];
}
