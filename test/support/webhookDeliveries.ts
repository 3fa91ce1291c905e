/**
 * Both webhook triggers as test subjects: their node options and a signed delivery of a given webhook id,
 * signed here as each API's docs say (never with the node's own code).
 */
import { createHmac } from 'node:crypto';

import { FULFILLBOT_KEYS, FULFILLBOT_WEBHOOK_SECRETS, SHOPLINE } from '../../sandbox/src';
import type { Delivery, WebhookNodeOptions } from './webhook';

export interface WebhookTriggerUnderTest {
	name: string;
	options: WebhookNodeOptions;
	/** A delivery of a chosen event with webhook id `id`, validly signed now. */
	delivery(id: string): Delivery;
}

export const FULFILLBOT_HOOK: WebhookTriggerUnderTest = {
	name: 'Fulfillbot Webhook Trigger',
	options: {
		type: 'fulfillbotWebhookTrigger',
		parameters: { events: ['order.status_changed'] },
		credentials: {
			fulfillbotApi: {
				apiKey: FULFILLBOT_KEYS.all,
				baseUrl: 'http://127.0.0.1:1/unused',
				webhookSecret: FULFILLBOT_WEBHOOK_SECRETS.all,
			},
		},
	},
	delivery(id) {
		const at = String(Math.floor(Date.now() / 1000));
		const rawBody = JSON.stringify({
			id,
			event: 'order.status_changed',
			createdAt: '2024-01-15T08:30:00Z',
			data: { orderNo: 'ORD-20240115-002', status: 'paid' },
		});
		return {
			rawBody,
			headers: {
				'X-Webhook-Id': id,
				'X-Webhook-Timestamp': at,
				'X-Webhook-Signature': createHmac('sha256', FULFILLBOT_WEBHOOK_SECRETS.all)
					.update(`${at}.${rawBody}`)
					.digest('hex'),
			},
		};
	},
};

/**
 * The headers of a SHOPLINE delivery of `topic`, signed with the sandbox store's app secret (base64
 * HMAC-SHA256 of the raw body); `extra` (e.g. X-Shopline-Shop-Domain) stands before the webhook id.
 */
export function shoplineHeaders(
	topic: string,
	rawBody: string,
	webhookId: string,
	extra: Record<string, string> = {},
): Record<string, string> {
	return {
		'X-Shopline-Topic': topic,
		'X-Shopline-Hmac-Sha256': createHmac('sha256', SHOPLINE.appSecret)
			.update(rawBody)
			.digest('base64'),
		...extra,
		'X-Shopline-Webhook-Id': webhookId,
	};
}

/** The sandbox store's SHOPLINE credential with its app secret (which signs deliveries), at `baseUrlOverride`. */
export const shoplineHookCredential = (baseUrlOverride: string) => ({
	handle: SHOPLINE.handle,
	accessToken: SHOPLINE.token,
	apiVersion: SHOPLINE.version,
	appSecret: SHOPLINE.appSecret,
	baseUrlOverride,
});

/** The item a SHOPLINE delivery of `rawBody` starts a run with: the body, its topic, webhook id and shop domain. */
export const shoplineDelivered = (rawBody: string, topic: string, webhookId: string) => ({
	...(JSON.parse(rawBody) as object),
	topic,
	webhookId,
	shopDomain: 'sandbox-store.myshopline.com',
});

export const SHOPLINE_HOOK: WebhookTriggerUnderTest = {
	name: 'SHOPLINE Webhook Trigger',
	options: {
		type: 'shoplineWebhookTrigger',
		parameters: { topics: ['orders/paid'] },
		credentials: {
			shoplineApi: shoplineHookCredential('http://127.0.0.1:1/unused'),
		},
	},
	delivery(id) {
		const rawBody = JSON.stringify({ id: '21057401932826316666967006', financial_status: 'paid' });
		return {
			rawBody,
			headers: shoplineHeaders('orders/paid', rawBody, id),
		};
	},
};

export const WEBHOOK_TRIGGERS = [FULFILLBOT_HOOK, SHOPLINE_HOOK];

/**
 * Near misses of a valid signature, in its own encoding: one late byte changed (the last, and one in the
 * middle), the last byte cut off, the text cut short by one character, only the first 4 bytes. A compare
 * that stops early (or at the shorter length) would let each through.
 */
export function tamperedSignatures(
	signature: string,
	encoding: 'hex' | 'base64',
): Array<[string, string]> {
	const bytes = Buffer.from(signature, encoding);
	if (bytes.length !== 32) throw new Error(`not a SHA-256 signature: ${signature}`);
	const flipped = (index: number) => {
		const copy = Buffer.from(bytes);
		copy[index] ^= 0x01;
		return copy.toString(encoding);
	};
	return [
		['last byte changed', flipped(31)],
		['middle byte changed', flipped(16)],
		['last byte cut off', bytes.subarray(0, 31).toString(encoding)],
		['last character cut off', signature.slice(0, -1)],
		['first 4 bytes only', bytes.subarray(0, 4).toString(encoding)],
	];
}
