import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { collectPages, pagingFailure } from '../../shared/transport/paging';
import { s2Get, s2Page } from '../helpers/s2Get';
import { rawText } from '../../shared/input/parameters';

// Pickers of the S2 node's dropdowns.

/** Pages through a {items, total} list in pages of 100, at most `maxRecords` records. */
async function all(
	context: ILoadOptionsFunctions,
	url: string,
	maxRecords = 1000,
): Promise<IDataObject[]> {
	try {
		return await collectPages(maxRecords, 100, async ({ offset }, limit) =>
			s2Page(await s2Get(context, url, { limit, offset })),
		);
	} catch (error) {
		throw pagingFailure(context.getNode(), error);
	}
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** GET /account: "Sandbox Store (sandbox_store)" → id. */
export async function getAccounts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await all(this, '/account'))
		.map((a) => ({
			name: a.code ? `${rawText(a.name)} (${rawText(a.code)})` : rawText(a.name),
			value: rawText(a.id),
			description: rawText(a.type),
		}))
		.sort(byName);
}

/** GET /product: "SKU-GREY · SKU GREY" → id. */
export async function getProducts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await all(this, '/product'))
		.map((p) => ({
			name: [p.sku, p.name].map(rawText).filter(Boolean).join(' · ') || rawText(p.id),
			value: rawText(p.id),
		}))
		.sort(byName);
}

/** The warehouses of GET /inventory/overview (S2 has no documented warehouse list: docs/api-notes.md#s2-lists). */
export async function getWarehouses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const body = (await s2Get(this, '/inventory/overview')) as { warehouses?: unknown } | undefined;
	const warehouses = Array.isArray(body?.warehouses) ? (body.warehouses as IDataObject[]) : [];
	return warehouses
		.map((w) => ({ name: rawText(w.name) || rawText(w.id), value: rawText(w.id) }))
		.sort(byName);
}
