import type { IDataObject } from 'n8n-workflow';

import { SHOPLINE } from '../../sandbox/src';
import { poll } from '../support/engine';
import type { SandboxFixture } from '../support/sandbox';

export const STATE_KEY = 'node:Trigger under test';

export interface TriggerState {
	orders: {
		cursor: string | null;
		atCursor: string[];
		seen: Record<string, { financial: string; fulfillment: string; updated: number; fulfillments?: Record<string, { status: string; shipment: string | null }> }>;
	};
}

export interface Store {
	handle: string;
	token: string;
}

/** Polls of the SHOPLINE Trigger against the file's sandbox. */
export function triggerKit(sandbox: SandboxFixture) {
	const credentials = (store: Store = { handle: SHOPLINE.handle, token: SHOPLINE.token }) => ({
		shoplineApi: {
			handle: store.handle,
			accessToken: store.token,
			apiVersion: SHOPLINE.version,
			baseUrlOverride: sandbox.shoplineStoreUrl(store.handle),
		},
	});

	const pollWith = (events: string[], staticData?: IDataObject, store?: Store, mode: 'trigger' | 'manual' = 'trigger') =>
		poll({ type: 'shoplineTrigger', parameters: { events }, credentials: credentials(store), staticData, mode });

	const json = (items: Array<{ json: IDataObject }> | null) => (items ?? []).map((i) => i.json);
	const state = (staticData: IDataObject) => (staticData[STATE_KEY] as unknown as TriggerState).orders;
	/** [method, path, query] of every SHOPLINE request since the last clear. */
	const requests = async () => (await sandbox.journal('shopline')).map((e) => [e.method, e.path, e.query]);

	/** Creates a fulfillment over HTTP, as a merchant's other tools would. */
	const createFulfillment = async (orderId: string, lineItemId: string, quantity = 1, store: Store = { handle: SHOPLINE.handle, token: SHOPLINE.token }) => {
		const url = `${sandbox.shoplineStoreUrl(store.handle)}/admin/openapi/${SHOPLINE.version}/orders/${orderId}/fulfillments.json`;
		const response = await fetch(url, {
			method: 'POST',
			headers: { Authorization: `Bearer ${store.token}`, 'Content-Type': 'application/json; charset=utf-8' },
			body: JSON.stringify({
				fulfillment: { line_items: [{ id: lineItemId, quantity }], tracking_info_list: [{ tracking_company: 'UPS', tracking_number: '1ZTEST0001', tracking_url: 'https://www.ups.com/track' }] },
			}),
		});
		if (response.status >= 300) throw new Error(`create fulfillment: ${response.status} ${await response.text()}`);
		return ((await response.json()) as { fulfillment: IDataObject }).fulfillment;
	};

	return { credentials, pollWith, json, state, requests, createFulfillment };
}
