import type { INodeParameters } from 'n8n-workflow';
/** The Fulfillbot Webhook Trigger through n8n-core's HookContext / WebhookContext, with deliveries signed as Fulfillbot's webhooks page says. */
import { createHmac } from 'node:crypto';

import { FULFILLBOT_KEYS, FULFILLBOT_WEBHOOK_SECRETS } from '../../sandbox/src';
import { runNode } from '../support/engine';
import { useSandbox } from '../support/sandbox';
import { tamperedSignatures } from '../support/webhookDeliveries';
import {
	deliver,
	forgetDeliveriesInProcess as forgetInProcessDeliveries,
	hookMethod,
	type WebhookNodeOptions,
} from '../support/webhook';

const SECRET = FULFILLBOT_WEBHOOK_SECRETS.all;
const credentials = (webhookSecret: string = SECRET) => ({
	fulfillbotApi: {
		apiKey: FULFILLBOT_KEYS.all,
		baseUrl: 'http://127.0.0.1:1/unused',
		webhookSecret,
	},
});
const options = (
	parameters: INodeParameters = { events: ['order.status_changed'] },
	extra: Partial<WebhookNodeOptions> = {},
): WebhookNodeOptions => ({
	type: 'fulfillbotWebhookTrigger',
	parameters,
	credentials: credentials(),
	...extra,
});
const now = () => Math.floor(Date.now() / 1000);
const envelope = (event = 'order.status_changed', id = 'whk_01HX1234567890ABCDEF') =>
	JSON.stringify({
		id,
		event,
		createdAt: '2024-01-15T08:30:00Z',
		data: { orderNo: 'ORD-20240115-002', status: 'paid' },
	});
const signed = (
	raw = envelope(),
	at = now(),
	secret: string = SECRET,
	id = 'whk_01HX1234567890ABCDEF',
) => ({
	rawBody: raw,
	headers: {
		'X-Webhook-Id': id,
		'X-Webhook-Timestamp': String(at),
		'X-Webhook-Signature': createHmac('sha256', secret).update(`${at}.${raw}`).digest('hex'),
	},
});

const sandbox = useSandbox();

beforeEach(() => forgetInProcessDeliveries());

it('the Webhook Secret is in no request the API receives', async () => {
	const run = await runNode({
		type: 'fulfillbot',
		parameters: { resource: 'profile', operation: 'get' },
		credentials: {
			fulfillbotApi: { ...credentials().fulfillbotApi, baseUrl: sandbox.fulfillbotBaseUrl },
		},
	});
	expect(run.error).toBeUndefined();
	const journal = await sandbox.journal();
	expect(journal).toHaveLength(1);
	expect(JSON.stringify(journal)).not.toContain(SECRET);
});

describe('Fulfillbot Webhook Trigger', () => {
	it('a signed delivery starts one run carrying the envelope as sent', async () => {
		const result = await deliver(options(), signed());
		expect(result.status).toBe(200);
		expect(result.items?.map((i) => i.json)).toEqual([JSON.parse(envelope())]);
	});

	it('refuses with 401 and no run: a timestamp over five minutes old or ahead, a wrong signature, a missing header or secret', async () => {
		for (const at of [now() - 301, now() + 301])
			expect(await deliver(options(), signed(envelope(), at))).toMatchObject({
				status: 401,
				items: null,
			});
		expect(await deliver(options(), signed(envelope(), now(), 'whsec-wrong'))).toMatchObject({
			status: 401,
			items: null,
		});
		const tampered = { ...signed(), rawBody: envelope().replace('paid', 'cancelled') };
		expect(await deliver(options(), tampered)).toMatchObject({ status: 401, items: null });
		const noTimestamp = signed();
		delete (noTimestamp.headers as Record<string, string>)['X-Webhook-Timestamp'];
		expect(await deliver(options(), noTimestamp)).toMatchObject({ status: 401, items: null });
		expect(
			await deliver(
				options(undefined, { credentials: credentials('') }),
				signed(envelope(), now(), ''),
			),
		).toMatchObject({ status: 401, items: null });
		// Inside the window it passes.
		expect((await deliver(options(), signed(envelope(), now() - 290))).items).toHaveLength(1);
	});

	it('refuses a valid signature with one late byte changed or cut short: all 32 bytes are compared', async () => {
		const good = signed();
		for (const [label, bad] of tamperedSignatures(good.headers['X-Webhook-Signature'], 'hex')) {
			const result = await deliver(options(), {
				...good,
				headers: { ...good.headers, 'X-Webhook-Signature': bad },
			});
			expect([label, result.status, result.items]).toEqual([label, 401, null]);
		}
		expect((await deliver(options(), good)).items).toHaveLength(1);
	});

	it('drops redeliveries by X-Webhook-Id (also after a restart) and events not chosen; Any Event and Other Event Names widen the choice', async () => {
		const first = await deliver(options(), signed());
		forgetInProcessDeliveries();
		const again = await deliver(
			options(undefined, { staticData: first.staticData }),
			signed(envelope(), now() - 5),
		);
		expect(again).toMatchObject({
			status: 200,
			items: null,
			answer: { message: 'Already received' },
		});

		const arrival = envelope('package.arrived', 'whk_2');
		expect(await deliver(options(), signed(arrival, now(), SECRET, 'whk_2'))).toMatchObject({
			status: 200,
			items: null,
		});
		expect(
			(await deliver(options({ events: ['*'] }), signed(arrival, now(), SECRET, 'whk_3'))).items,
		).toHaveLength(1);
		expect(
			(
				await deliver(
					options({ events: [], otherEvents: 'shipping_order.status_changed, package.arrived' }),
					signed(arrival, now(), SECRET, 'whk_4'),
				)
			).items,
		).toHaveLength(1);
	});

	it('lifecycle of a manually registered endpoint: nothing to find or delete; activation needs the webhook secret', async () => {
		expect((await hookMethod(options(), 'checkExists')).result).toBe(false);
		expect((await hookMethod(options(), 'create')).result).toBe(true);
		expect((await hookMethod(options(), 'delete')).result).toBe(true);
		const missing = await hookMethod(
			options(undefined, { credentials: credentials('') }),
			'create',
		);
		expect(missing.error?.message).toMatch(/no Webhook Secret/);
	});
});
