import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { s2Get, s2Page } from '../helpers/s2Get';

// Pickers of the S2 node's dropdowns.

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** Pages through a {items, total} list, at most `maxPages` pages of 100. */
async function all(context: ILoadOptionsFunctions, url: string, maxPages = 10): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	for (let page = 0; page < maxPages; page++) {
		const { records, total } = s2Page(await s2Get(context, url, { limit: 100, offset: out.length }));
		out.push(...records);
		if (records.length < 100 || (total !== undefined && out.length >= total)) break;
	}
	return out;
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** GET /account: "Sandbox Store (sandbox_store)" → id. */
export async function getAccounts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await all(this, '/account'))
		.map((a) => ({ name: a.code ? `${text(a.name)} (${text(a.code)})` : text(a.name), value: text(a.id), description: text(a.type) }))
		.sort(byName);
}

/** GET /product: "SKU-GREY · SKU GREY" → id. */
export async function getProducts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await all(this, '/product'))
		.map((p) => ({ name: [p.sku, p.name].map(text).filter(Boolean).join(' · ') || text(p.id), value: text(p.id) }))
		.sort(byName);
}

/** The warehouses of GET /inventory/overview (S2 has no documented warehouse list). */
export async function getWarehouses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const body = (await s2Get(this, '/inventory/overview')) as { warehouses?: unknown } | undefined;
	const warehouses = Array.isArray(body?.warehouses) ? (body.warehouses as IDataObject[]) : [];
	return warehouses.map((w) => ({ name: text(w.name) || text(w.id), value: text(w.id) })).sort(byName);
}
