/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../context';
import { API_NAMES } from '../core/apiName';
import type { OutgoingWebhook } from './deliveries';
import { burstMessages } from './events';

const configBody = z.strictObject({
	retryDelayScale: z.number().min(0).max(1).optional(),
	shoplineEncoding: z.enum(['base64', 'hex']).optional(),
});
const fulfillbotBody = z.strictObject({
	/** Seed name of the API key (FULFILLBOT_KEYS): all, readOnly, productsCart. */
	key: z.string().default('all'),
	url: z.url().nullable(),
});
const sendBody = z.strictObject({
	api: z.enum(API_NAMES),
	variant: z.enum(['duplicate', 'stale', 'bad-signature']),
	/** A message id (X-Shopline-Webhook-Id / X-Webhook-Id); default: the latest message of `api`. */
	id: z.string().optional(),
});
const burstBody = z.strictObject({
	api: z.enum(['shopline', 'fulfillbot']),
	count: z.number().int().min(1).max(1_000),
	/** SHOPLINE topic; default: the first subscription's. */
	topic: z.string().optional(),
});
const resendBody = z.strictObject({ ids: z.array(z.string()).min(1).max(1_000) });
const listQuery = z.object({ api: z.enum(API_NAMES).optional() });

/**
 * Webhook controls, under /__sandbox/webhooks:
 *   GET    /              {config, pendingRetries, deliveries: [every attempt]}
 *   POST   /config        {retryDelayScale?, shoplineEncoding?}
 *   POST   /fulfillbot    {key?, url|null}  Fulfillbot's dashboard step: the key's webhook URL (its secret is seeded)
 *   POST   /send          {api, variant: duplicate|stale|bad-signature, id?} one extra delivery of a message, no retries
 *   POST   /burst         {api, count, topic?} `count` new messages sent at once (retried as usual); answers their ids
 *   POST   /resend        {ids} one more delivery of each (valid signature, no retries), all at once; answers the attempts
 */
export async function webhookControl(
	app: FastifyInstance,
	opts: { ctx: SandboxContext },
): Promise<void> {
	const { ctx } = opts;
	const view = (api?: (typeof API_NAMES)[number]) => ({
		config: { retryDelayScale: ctx.webhooks.deliveries.retryDelayScale, ...ctx.webhooks.options },
		pendingRetries: ctx.webhooks.deliveries.pendingRetries(),
		deliveries: ctx.webhooks.deliveries.list(api),
	});

	app.get('/', { schema: { querystring: listQuery } }, async (request) =>
		view((request.query as z.output<typeof listQuery>).api),
	);

	app.post('/config', { schema: { body: configBody } }, async (request) => {
		const body = request.body as z.output<typeof configBody>;
		if (body.retryDelayScale !== undefined)
			ctx.webhooks.deliveries.retryDelayScale = body.retryDelayScale;
		if (body.shoplineEncoding) ctx.webhooks.options.shoplineEncoding = body.shoplineEncoding;
		return view();
	});

	app.post('/fulfillbot', { schema: { body: fulfillbotBody } }, async (request, reply) => {
		const { key, url } = request.body as z.output<typeof fulfillbotBody>;
		const found = ctx.state.fulfillbot.keys.find((k) => k.name === key);
		if (!found) return reply.code(404).send({ error: `No Fulfillbot key named ${key}` });
		found.webhookUrl = url;
		ctx.persist();
		return { key: found.name, webhookUrl: found.webhookUrl, webhookSecret: found.webhookSecret };
	});

	app.post('/burst', { schema: { body: burstBody } }, async (request) => {
		const { api, count, topic } = request.body as z.output<typeof burstBody>;
		const messages = burstMessages(
			ctx.state,
			api,
			count,
			ctx.clock.now(),
			ctx.webhooks.options,
			topic,
		);
		for (const message of messages) ctx.webhooks.deliveries.send(message);
		return { ids: messages.map((m) => m.id) };
	});

	app.post('/resend', { schema: { body: resendBody } }, async (request, reply) => {
		const { ids } = request.body as z.output<typeof resendBody>;
		const messages = ids.map((id) => ctx.webhooks.deliveries.find(undefined, id));
		const missing = ids.filter((_, i) => !messages[i]);
		if (missing.length) return reply.code(404).send({ error: `No webhook ${missing.join(', ')}` });
		return Promise.all(
			messages.map((m) => ctx.webhooks.deliveries.post(m as OutgoingWebhook, 'duplicate', -1)),
		);
	});

	app.post('/send', { schema: { body: sendBody } }, async (request, reply) => {
		const { api, variant, id } = request.body as z.output<typeof sendBody>;
		const message = ctx.webhooks.deliveries.find(api, id);
		if (!message) return reply.code(404).send({ error: `No ${api} webhook ${id ?? 'sent yet'}` });
		if (variant === 'stale' && !message.timestamped) {
			return reply
				.code(400)
				.send({ error: `${api} signatures carry no timestamp, so a delivery cannot be stale` });
		}
		return ctx.webhooks.deliveries.post(message, variant, -1);
	});
}
