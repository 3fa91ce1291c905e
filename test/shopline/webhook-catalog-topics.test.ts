/**
 * The SHOPLINE Webhook Trigger's catalog and stock topics (issue 23; the SDK's webhook/ topics):
 * offered in the description, subscribed through webhooks.json, and a signed delivery of one of them
 * starts a run carrying the level.
 */
import type { INodeProperties } from 'n8n-workflow';

import { SHOPLINE_CATALOG } from '../../sandbox/src';
import { descriptionOf } from '../hardening/support';
import { useSandbox } from '../support/sandbox';
import {
	deliver,
	forgetDeliveriesInProcess,
	hookMethod,
	type WebhookNodeOptions,
} from '../support/webhook';
import {
	shoplineDelivered,
	shoplineHeaders,
	shoplineHookCredential,
} from '../support/webhookDeliveries';

const sandbox = useSandbox();
const CATALOG_TOPICS = [
	'products/create',
	'products/update',
	'products/delete',
	'products/status_changed',
	'inventory_items/create',
	'inventory_items/update',
	'inventory_items/delete',
	'inventory_levels/update',
	'inventory_levels/connect',
	'inventory_levels/disconnect',
];
const options = (topics: string[]): WebhookNodeOptions => ({
	type: 'shoplineWebhookTrigger',
	parameters: { topics },
	credentials: {
		shoplineApi: shoplineHookCredential(sandbox.shoplineStoreUrl()),
	},
});

describe('SHOPLINE Webhook Trigger: catalog and stock topics', () => {
	it('offers the ten product and inventory topics of the SDK, next to the order ones', () => {
		const topics = descriptionOf('shoplineWebhookTrigger' as never).properties.find(
			(p: INodeProperties) => p.name === 'topics',
		);
		const values = (topics?.options ?? []).map((o) => String((o as { value: string }).value));
		for (const topic of CATALOG_TOPICS) expect(values).toContain(topic);
		expect(values).toContain('orders/create');
	});

	it('activation subscribes inventory_levels/update and products/update through POST webhooks.json', async () => {
		const created = await hookMethod(
			options(['inventory_levels/update', 'products/update']),
			'create',
		);
		expect(created.result).toBe(true);
		const posts = (await sandbox.journal('shopline')).filter((e) => e.method === 'POST');
		expect(posts.map((e) => (e.body as { webhook: { topic: string } }).webhook.topic)).toEqual([
			'inventory_levels/update',
			'products/update',
		]);
		expect(posts.every((e) => e.status === 200)).toBe(true);
	});

	it('a signed inventory_levels/update delivery starts one run with the level and its topic', async () => {
		forgetDeliveriesInProcess();
		const raw = JSON.stringify({
			inventory_item_id: SHOPLINE_CATALOG.items.grey,
			location_id: SHOPLINE_CATALOG.locations.main,
			available: 0,
			updated_at: '2026-03-01T10:00:00+08:00',
		});
		const result = await deliver(options(['inventory_levels/update']), {
			rawBody: raw,
			headers: shoplineHeaders('inventory_levels/update', raw, 'c0ffee0000000000000000aa', {
				'X-Shopline-Shop-Domain': 'sandbox-store.myshopline.com',
			}),
		});
		expect(result.status).toBe(200);
		expect(result.items?.map((i) => i.json)).toEqual([
			shoplineDelivered(raw, 'inventory_levels/update', 'c0ffee0000000000000000aa'),
		]);
		// A topic the trigger was not set to (products/update) starts no run.
		const other = await deliver(options(['inventory_levels/update']), {
			rawBody: raw,
			headers: shoplineHeaders('products/update', raw, 'c0ffee0000000000000000ab'),
		});
		expect(other.status).toBe(200);
		expect(other.items ?? []).toEqual([]);
	});
});
