import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { rawText } from '../../shared/input/parameters';
import { records } from '../helpers/output';
import { shoplineGet } from '../helpers/shoplineGet';

// The resource locators' lists. The filter is matched here, on the page read, case-insensitively:
// the SDK does not say (docs/api-notes.md#shopline-catalog) whether products.json's `title` filter is exact or partial.

const matches = (filter: string | undefined, ...texts: string[]) =>
	!filter || texts.some((t) => t.toLowerCase().includes(filter.toLowerCase()));

/** Products, 100 a page (page_info as the list's pagination token): "Title (SPU)" → id. */
export async function searchProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { limit: 100, fields: 'id,title,spu,status' };
	if (paginationToken) qs.page_info = paginationToken;
	const { body, next } = await shoplineGet(this, '/products/products.json', qs);
	const results = records(body, 'products')
		.filter((p) => matches(filter, rawText(p.title), rawText(p.spu), rawText(p.id)))
		.map((p) => ({
			name: `${rawText(p.title) || `Product ${rawText(p.id)}`}${p.spu ? ` (${rawText(p.spu)})` : ''}`,
			value: rawText(p.id),
		}));
	return { results, paginationToken: next };
}

/** Every location (one request, no paging in the API): "Name – City" → id. */
export async function searchLocations(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const { body } = await shoplineGet(this, '/locations/list.json');
	const results = records(body, 'locations')
		.filter((l) => matches(filter, rawText(l.name), rawText(l.city), rawText(l.id)))
		.map((l) => ({
			name: [rawText(l.name) || `Location ${rawText(l.id)}`, rawText(l.city)]
				.filter(Boolean)
				.join(' – '),
			value: rawText(l.id),
		}));
	return { results };
}
