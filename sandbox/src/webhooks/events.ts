import { createHmac, randomBytes } from 'node:crypto';
import { without } from '../apis/fulfillbot/common';
import { orderView as fulfillbotOrderView, shippingOrderView } from '../apis/fulfillbot/present';
import { fulfillmentView, orderView } from '../apis/shopline/present';
import type { ShoplineProduct } from '../apis/shopline/catalogModel';
import type { ShoplineFulfillment, ShoplineOrder, ShoplineState } from '../apis/shopline/model';
import type { SandboxState } from '../state';
import type { OutgoingWebhook } from './deliveries';

/*
 * What changed between two states, as the webhooks each API would send. One place for every change:
 * API writes, `advance` (the status machines) and anything else that edits the state.
 *
 * SHOPLINE (webhook overview): answer within 5 s or the delivery failed; retried up to 19 times over
 * 48 hours at 5 s, 10 s, 30 s, 45 s, 1 min, 2 min, 5 min, 12 min, 38 min, 1 h, 2 h, then 4 h.
 * Fulfillbot (webhooks page, beta): 2xx within 10 s, "up to 5 times with exponential backoff"; the base
 * is not published, the sandbox waits 10 s, 20 s, 40 s, 80 s, 160 s.
 */
export const SHOPLINE_TIMEOUT_MS = 5_000;
export const SHOPLINE_RETRY_DELAYS_MS = [
	5,
	10,
	30,
	45,
	60,
	120,
	300,
	720,
	2_280,
	3_600,
	7_200,
	...Array<number>(8).fill(14_400),
].map((s) => s * 1000);
export const FULFILLBOT_TIMEOUT_MS = 10_000;
export const FULFILLBOT_RETRY_DELAYS_MS = [10, 20, 40, 80, 160].map((s) => s * 1000);

/** Fulfillbot's docs name only order.status_changed; the other two names are the sandbox's own choice. */
export const FULFILLBOT_EVENTS = [
	'order.status_changed',
	'shipping_order.status_changed',
	'package.arrived',
] as const;

interface OrderSnap {
	updated: string;
	status: string;
	financial: string;
	fulfillment: string;
	fulfillments: Map<string, string>;
}

export interface Snapshot {
	shopline: Map<string, OrderSnap>;
	/** SHOPLINE catalog: product, inventory item and level signatures by store/id (issue 23's topics). */
	catalog?: CatalogSnap;
	fbOrders: Map<string, string>;
	fbShipping: Map<string, string>;
	fbPackages: Set<number>;
}

const orderKey = (o: ShoplineOrder) => `${o.handle}/${o.id}`;
const fulfillmentSig = (f: ShoplineFulfillment) =>
	`${f.status}|${f.shipment_status}|${f.updated_at}|${JSON.stringify(f.tracking_info_list)}`;

export function snapshot(state: SandboxState): Snapshot {
	return {
		shopline: new Map(
			state.shopline.orders.map((o) => [
				orderKey(o),
				{
					updated: o.updated_at,
					status: o.status,
					financial: o.financial_status,
					fulfillment: o.fulfillment_status,
					fulfillments: new Map(o.fulfillments.map((f) => [f.id, fulfillmentSig(f)])),
				},
			]),
		),
		catalog: catalogSnapshot(state.shopline),
		fbOrders: new Map(state.fulfillbot.orders.map((o) => [o.orderNo, o.status])),
		fbShipping: new Map(state.fulfillbot.shippingOrders.map((o) => [o.orderNo, String(o.status)])),
		fbPackages: new Set(state.fulfillbot.packages.map((p) => p.id)),
	};
}

interface ShoplineEvent {
	handle: string;
	topic: string;
	payload: Record<string, unknown>;
}

interface CatalogSnap {
	products: Map<string, { sig: string; status: string }>;
	items: Map<string, string>;
	levels: Map<string, number>;
}

const productSig = (p: ShoplineProduct) =>
	JSON.stringify({ ...p, variants: p.variants.map((v) => v.updated_at) });

function catalogSnapshot(state: ShoplineState): CatalogSnap {
	const c = state.catalog;
	return {
		products: new Map(
			(c?.products ?? []).map((p) => [
				`${p.store}/${p.id}`,
				{ sig: productSig(p), status: p.status },
			]),
		),
		items: new Map((c?.inventoryItems ?? []).map((i) => [`${i.store}/${i.id}`, JSON.stringify(i)])),
		levels: new Map(
			(c?.levels ?? []).map((l) => [
				`${l.store}/${l.inventory_item_id}/${l.location_id}`,
				l.available,
			]),
		),
	};
}

/**
 * The catalog topics of SHOPLINE's SDK (webhook/): products/create|update|delete|status_changed,
 * inventory_items/create|update|delete, inventory_levels/update|connect|disconnect. Payloads are the
 * record as the Admin API shows it (a deleted one: its id); the SDK gives no payload shapes (inferred).
 */
function catalogEvents(prev: CatalogSnap | undefined, state: ShoplineState): ShoplineEvent[] {
	const c = state.catalog;
	if (!prev || !c) return [];
	const events: ShoplineEvent[] = [];
	const push = (handle: string, topic: string, payload: Record<string, unknown>) =>
		events.push({ handle, topic, payload });
	const seenProducts = new Set<string>();
	for (const p of c.products) {
		const key = `${p.store}/${p.id}`;
		seenProducts.add(key);
		const view = without(p, 'store', 'collection_ids');
		const before = prev.products.get(key);
		if (!before) push(p.store, 'products/create', view);
		else if (before.sig !== productSig(p)) {
			push(p.store, 'products/update', view);
			if (before.status !== p.status) push(p.store, 'products/status_changed', view);
		}
	}
	for (const key of prev.products.keys())
		if (!seenProducts.has(key))
			push(key.split('/')[0], 'products/delete', { id: key.split('/')[1] });
	const seenItems = new Set<string>();
	for (const i of c.inventoryItems) {
		const key = `${i.store}/${i.id}`;
		seenItems.add(key);
		const view = without(i, 'store');
		const before = prev.items.get(key);
		if (before === undefined) push(i.store, 'inventory_items/create', view);
		else if (before !== JSON.stringify(i)) push(i.store, 'inventory_items/update', view);
	}
	for (const key of prev.items.keys())
		if (!seenItems.has(key))
			push(key.split('/')[0], 'inventory_items/delete', { id: key.split('/')[1] });
	const seenLevels = new Set<string>();
	for (const l of c.levels) {
		const key = `${l.store}/${l.inventory_item_id}/${l.location_id}`;
		seenLevels.add(key);
		const view = without(l, 'store');
		const before = prev.levels.get(key);
		if (before === undefined) push(l.store, 'inventory_levels/connect', view);
		else if (before !== l.available) push(l.store, 'inventory_levels/update', view);
	}
	for (const key of prev.levels.keys()) {
		if (seenLevels.has(key)) continue;
		const [handle, inventory_item_id, location_id] = key.split('/');
		push(handle, 'inventory_levels/disconnect', { inventory_item_id, location_id });
	}
	return events;
}

/** Topics per change, in the order SHOPLINE would plausibly send them (create first). */
function shoplineEvents(prev: Snapshot, state: ShoplineState): ShoplineEvent[] {
	const events: ShoplineEvent[] = catalogEvents(prev.catalog, state);
	for (const order of state.orders) {
		const before = prev.shopline.get(orderKey(order));
		const view = () => orderView(order);
		const push = (topic: string, payload: Record<string, unknown>) =>
			events.push({ handle: order.handle, topic, payload });
		if (!before) {
			push('orders/create', view());
			continue;
		}
		for (const f of order.fulfillments) {
			const was = before.fulfillments.get(f.id);
			if (was === undefined) push('fulfillments/create', fulfillmentView(f, order.currency));
			else if (was !== fulfillmentSig(f))
				push('fulfillments/update', fulfillmentView(f, order.currency));
		}
		if (before.updated !== order.updated_at) push('orders/updated', view());
		if (before.financial !== order.financial_status && order.financial_status === 'paid')
			push('orders/paid', view());
		if (before.status !== order.status && order.status === 'cancelled')
			push('orders/cancelled', view());
		if (before.fulfillment !== order.fulfillment_status && order.fulfillment_status === 'shipped')
			push('orders/fulfilled', view());
		if (before.fulfillment !== order.fulfillment_status && order.fulfillment_status === 'partial')
			push('orders/partially_fulfilled', view());
	}
	return events;
}

const hmac = (secret: string, data: string) => createHmac('sha256', secret).update(data);

export interface WebhookOptions {
	/** How the SHOPLINE signature is written: base64 (as SHOPLINE's pages show) or hex (as some samples). */
	shoplineEncoding: 'base64' | 'hex';
}

/** Digits derived from the handle, for X-Shopline-Shop-Id / Merchant-Id (the sandbox has no such ids). */
function digitsOf(text: string, length: number): string {
	let n = 7;
	for (const c of text) n = (n * 31 + c.charCodeAt(0)) % 1_000_000_007;
	return String(n).padStart(length, '1').slice(0, length);
}

function shoplineMessages(
	events: ShoplineEvent[],
	state: ShoplineState,
	options: WebhookOptions,
): OutgoingWebhook[] {
	const out: OutgoingWebhook[] = [];
	for (const event of events) {
		const store = state.stores.find((s) => s.handle === event.handle);
		for (const sub of state.webhooks ?? []) {
			if (sub.handle !== event.handle || sub.topic !== event.topic) continue;
			const id = randomBytes(12).toString('hex');
			const secret = store?.appSecret ?? '';
			out.push({
				api: 'shopline',
				id,
				name: event.topic,
				url: sub.address,
				body: JSON.stringify(event.payload),
				signatureHeader: 'X-Shopline-Hmac-Sha256',
				timestamped: false,
				timeoutMs: SHOPLINE_TIMEOUT_MS,
				retryDelaysMs: SHOPLINE_RETRY_DELAYS_MS,
				sign: (body) => ({
					'Content-Type': 'application/json',
					'X-Shopline-Topic': event.topic,
					'X-Shopline-Hmac-Sha256': hmac(secret, body).digest(options.shoplineEncoding),
					'X-Shopline-Shop-Domain': `${event.handle}.myshopline.com`,
					'X-Shopline-Shop-Id': digitsOf(event.handle, 13),
					'X-Shopline-Merchant-Id': digitsOf(`m${event.handle}`, 10),
					'X-Shopline-API-Version': sub.api_version,
					'X-Shopline-Webhook-Id': id,
				}),
			});
		}
	}
	return out;
}

interface FulfillbotEvent {
	userId: number;
	event: string;
	data: Record<string, unknown>;
}

function fulfillbotMessages(
	prev: Snapshot,
	state: SandboxState['fulfillbot'],
	now: number,
): OutgoingWebhook[] {
	const events: FulfillbotEvent[] = [];
	for (const o of state.orders) {
		const was = prev.fbOrders.get(o.orderNo);
		if (was !== undefined && was !== o.status)
			events.push({
				userId: o.userId,
				event: 'order.status_changed',
				data: { ...fulfillbotOrderView(o), previousStatus: was },
			});
	}
	for (const o of state.shippingOrders) {
		const was = prev.fbShipping.get(o.orderNo);
		if (was !== undefined && was !== String(o.status))
			events.push({
				userId: o.userId,
				event: 'shipping_order.status_changed',
				data: { ...shippingOrderView(o), previousStatus: was },
			});
	}
	for (const p of state.packages) {
		if (!prev.fbPackages.has(p.id))
			events.push({ userId: p.userId, event: 'package.arrived', data: without(p, 'userId') });
	}
	return fulfillbotEventMessages(events, state, now);
}

function fulfillbotEventMessages(
	events: FulfillbotEvent[],
	state: SandboxState['fulfillbot'],
	now: number,
): OutgoingWebhook[] {
	const out: OutgoingWebhook[] = [];
	for (const e of events) {
		for (const key of state.keys) {
			if (key.userId !== e.userId || !key.webhookUrl) continue;
			const id = `whk_${randomBytes(13).toString('hex').toUpperCase()}`;
			const secret = key.webhookSecret ?? '';
			out.push({
				api: 'fulfillbot',
				id,
				name: e.event,
				url: key.webhookUrl,
				body: JSON.stringify({
					id,
					event: e.event,
					createdAt: new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
					data: e.data,
				}),
				signatureHeader: 'X-Webhook-Signature',
				timestamped: true,
				timeoutMs: FULFILLBOT_TIMEOUT_MS,
				retryDelaysMs: FULFILLBOT_RETRY_DELAYS_MS,
				sign: (body, at) => ({
					'Content-Type': 'application/json',
					'X-Webhook-Id': id,
					'X-Webhook-Timestamp': String(at),
					'X-Webhook-Signature': hmac(secret, `${at}.${body}`).digest('hex'),
				}),
			});
		}
	}
	return out;
}

/** The webhooks for everything that changed from `prev` to `state`. */
export function changes(
	prev: Snapshot,
	state: SandboxState,
	now: number,
	options: WebhookOptions,
): OutgoingWebhook[] {
	return [
		...shoplineMessages(shoplineEvents(prev, state.shopline), state.shopline, options),
		...fulfillbotMessages(prev, state.fulfillbot, now),
	];
}

/**
 * `count` distinct events of `api` at once (a busy minute), each as a new message with its own id: SHOPLINE
 * `topic` (default: the first subscription's) for that store's orders in turn, to each subscription of that
 * topic and store; Fulfillbot order.status_changed for the orders in turn, to each key with a webhook URL.
 */
export function burstMessages(
	state: SandboxState,
	api: 'shopline' | 'fulfillbot',
	count: number,
	now: number,
	options: WebhookOptions,
	topic?: string,
): OutgoingWebhook[] {
	if (api === 'shopline') {
		const subscription = (state.shopline.webhooks ?? []).find((w) => !topic || w.topic === topic);
		if (!subscription) return [];
		const name = subscription.topic;
		const orders = state.shopline.orders.filter((o) => o.handle === subscription.handle);
		if (!orders.length) return [];
		const events = Array.from({ length: count }, (_, i) => {
			const order = orders[i % orders.length];
			return { handle: order.handle, topic: name, payload: orderView(order) };
		});
		return shoplineMessages(events, state.shopline, options);
	}
	const orders = state.fulfillbot.orders;
	if (!orders.length) return [];
	const events = Array.from({ length: count }, (_, i) => {
		const order = orders[i % orders.length];
		return {
			userId: order.userId,
			event: 'order.status_changed',
			data: { ...fulfillbotOrderView(order), previousStatus: order.status },
		};
	});
	return fulfillbotEventMessages(events, state.fulfillbot, now);
}
