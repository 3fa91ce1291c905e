/**
 * The three polling triggers as the poll tests of the shared core drive them (poll-time.test.ts,
 * poll-commit.test.ts): one event each, its credentials against the sandbox, one known change that the
 * event reports, and what the poll budget may stop.
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { FULFILLBOT_KEYS, S2, SHOPLINE, SHOPLINE_CATALOG, SHOPLINE_SEED } from '../../sandbox/src';
import { shoplineCall } from '../shopline/trigger-support';
import { poll } from './engine';
import type { SandboxFixture } from './sandbox';

export interface Case {
	type: string;
	events: string[];
	credentials: () => Record<string, ICredentialDataDecryptedObject>;
	/** A status machine step (`POST /__sandbox/advance`), or a change sent over HTTP naming the record it changes. */
	change: { api: string; kind: string; id: string } | { send: () => Promise<void>; id: string };
	/** The item field naming the changed record (default `orderNo`, else `id`). */
	idField?: string;
	/**
	 * Reader calls of the first poll (one: the check before it passes, so the budget never stops it).
	 * SHOPLINE's activation reads the order list and, when it learns orders whose fulfillments it must
	 * read, those too: one or several, so either outcome is checked for what it must be.
	 */
	activationReads: 'one or several' | 'several';
	/** Reader calls of a poll after the one change: a SHOPLINE poll may need only one read. */
	changeReads: 'one' | 'several';
}

export function triggerCases(sandbox: SandboxFixture): Record<string, Case> {
	return {
		'Fulfillbot Trigger': {
			type: 'fulfillbotTrigger',
			events: ['purchaseOrderStatusChanged'],
			credentials: () => ({
				fulfillbotApi: { apiKey: FULFILLBOT_KEYS.all, baseUrl: sandbox.fulfillbotBaseUrl },
			}),
			change: { api: 'fulfillbot', kind: 'order', id: 'ORD-20240115-002' },
			activationReads: 'several',
			changeReads: 'several',
		},
		'S2 Trigger': {
			type: 's2Trigger',
			events: ['fulfillmentStatusChanged'],
			credentials: () => ({
				s2Api: { accessToken: S2.token, organizationId: S2.orgA, baseUrl: sandbox.s2BaseUrl },
			}),
			change: { api: 's2', kind: 'fulfillment', id: '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a01' },
			activationReads: 'several',
			changeReads: 'several',
		},
		'SHOPLINE Trigger': {
			type: 'shoplineTrigger',
			events: ['orderFinancialStatusChanged'],
			credentials: () => ({
				shoplineApi: {
					handle: SHOPLINE.handle,
					accessToken: SHOPLINE.token,
					apiVersion: SHOPLINE.version,
					baseUrlOverride: sandbox.shoplineStoreUrl(),
				},
			}),
			change: { api: 'shopline', kind: 'payment', id: SHOPLINE_SEED.orders.unpaid },
			activationReads: 'one or several',
			changeReads: 'one',
		},
		'SHOPLINE Trigger (Product Updated)': {
			type: 'shoplineTrigger',
			events: ['productUpdated'],
			credentials: () => shoplineCredentials(sandbox),
			change: {
				send: async () =>
					void (await shoplineCall(
						sandbox,
						'PUT',
						`/products/${SHOPLINE_CATALOG.products.mug}.json`,
						{
							product: { title: 'Blue Mug 16oz' },
						},
					)),
				id: SHOPLINE_CATALOG.products.mug,
			},
			// Activation: one products page (SHOPLINE's clock starts the cursor); a change: one read.
			activationReads: 'one or several',
			changeReads: 'one',
		},
		'SHOPLINE Trigger (Inventory Level Changed)': {
			type: 'shoplineTrigger',
			events: ['inventoryLevelChanged'],
			credentials: () => shoplineCredentials(sandbox),
			change: {
				send: async () =>
					void (await shoplineCall(sandbox, 'POST', '/inventory_levels/set.json', {
						inventory_item_id: SHOPLINE_CATALOG.items.test,
						location_id: SHOPLINE_CATALOG.locations.main,
						available: 0,
					})),
				id: SHOPLINE_CATALOG.items.test,
			},
			idField: 'inventory_item_id',
			// A catalog page, then its items' levels: always two reads.
			activationReads: 'several',
			changeReads: 'several',
		},
	};
}

function shoplineCredentials(
	sandbox: SandboxFixture,
): Record<string, ICredentialDataDecryptedObject> {
	return {
		shoplineApi: {
			handle: SHOPLINE.handle,
			accessToken: SHOPLINE.token,
			apiVersion: SHOPLINE.version,
			baseUrlOverride: sandbox.shoplineStoreUrl(),
		},
	};
}

/** Makes the case's one change: a sandbox status step, or a request as the merchant's other tools send it. */
export const makeChange = async (sandbox: SandboxFixture, c: Case): Promise<unknown> =>
	'send' in c.change ? await c.change.send() : await sandbox.advance(c.change);

export const pollWith = (c: Case, staticData?: IDataObject, pollBudgetMs?: number) =>
	poll({
		type: c.type,
		parameters: { events: c.events },
		credentials: c.credentials(),
		staticData,
		pollBudgetMs,
	});

/** [event, record id] of each emitted item. */
export const events = (c: Case, items: Array<{ json: IDataObject }> | null) =>
	(items ?? []).map((i) => [
		i.json.event,
		c.idField ? i.json[c.idField] : (i.json.orderNo ?? i.json.id),
	]);
