/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { isoWithOffset } from '../../core/clock';
import { ApiError } from '../../core/errors';
import { shoplineAuth } from './auth';
import { shoplineError } from './errors';
import type { ShoplineWebhook } from './model';

/*
 * Webhook subscriptions (Admin API; paths and shapes from the official Go SDK,
 * rest/admin/v20260301/webhook/): GET/POST webhooks.json, GET/PUT/DELETE {id}/webhooks.json.
 * The address must be https (≤ 255). The sandbox also takes http on a loopback host, so tests can
 * point it at a local n8n; a real store would refuse that.
 * Not documented, the sandbox's choice: a second subscription of the same topic to the same address
 * is a 422; DELETE answers 200 with an empty body (the SDK does not decode it).
 */
const LOOPBACK = /^(127(?:\.\d{1,3}){3}|localhost|\[::1\])$/;

const address = z
	.string()
	.max(255, 'must be at most 255 characters')
	.refine((value) => {
		try {
			const url = new URL(value);
			return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
		} catch {
			return false;
		}
	}, 'must be an https URL');
const apiVersion = z
	.string()
	.regex(/^v\d{8}$/, 'must be a version such as v20240601')
	.refine((v) => v >= 'v20240601', 'only v20240601 and later versions are supported');

const createBody = z.object({
	webhook: z.object({
		address,
		topic: z.string().regex(/^[a-z_]+\/[a-z_]+$/, 'must be an event such as orders/create'),
		api_version: apiVersion,
	}),
});
const updateBody = z.object({ webhook: z.object({ address }) });
const idParams = z.object({ id: z.string().regex(/^\d+$/, 'must be a numeric id') });

/** As the API shows it: without the sandbox's store handle. */
function view(hook: ShoplineWebhook): Omit<ShoplineWebhook, 'handle'> {
	const { id, address, topic, api_version, created_at, updated_at } = hook;
	return { id, address, topic, api_version, created_at, updated_at };
}

export function registerWebhooks(app: FastifyInstance, ctx: SandboxContext): void {
	const all = () => (ctx.state.shopline.webhooks ??= []);
	const find = (handle: string, id: string) => {
		const hook = all().find((w) => w.handle === handle && String(w.id) === id);
		if (!hook) throw new ApiError(404, shoplineError('Not Found'));
		return hook;
	};

	app.get('/webhooks.json', async (request) => {
		const { store } = shoplineAuth(request);
		return {
			webhooks: all()
				.filter((w) => w.handle === store.handle)
				.map(view),
		};
	});

	app.get('/webhooks/count.json', async (request) => {
		const { store } = shoplineAuth(request);
		return { count: all().filter((w) => w.handle === store.handle).length };
	});

	app.post('/webhooks.json', { schema: { body: createBody } }, async (request, reply) => {
		const { store } = shoplineAuth(request);
		const { webhook } = request.body as z.output<typeof createBody>;
		if (
			all().some(
				(w) =>
					w.handle === store.handle && w.topic === webhook.topic && w.address === webhook.address,
			)
		) {
			return reply
				.code(422)
				.send(shoplineError({ address: ['for this topic has already been taken'] }));
		}
		const now = isoWithOffset(ctx.clock.now());
		ctx.state.shopline.nextWebhookId ??= 13814;
		const hook: ShoplineWebhook = {
			id: ctx.state.shopline.nextWebhookId++,
			handle: store.handle,
			...webhook,
			created_at: now,
			updated_at: now,
		};
		all().push(hook);
		return { webhook: view(hook) };
	});

	app.get('/:id/webhooks.json', { schema: { params: idParams } }, async (request) => {
		const { store } = shoplineAuth(request);
		return { webhook: view(find(store.handle, (request.params as { id: string }).id)) };
	});

	app.put(
		'/:id/webhooks.json',
		{ schema: { params: idParams, body: updateBody } },
		async (request) => {
			const { store } = shoplineAuth(request);
			const hook = find(store.handle, (request.params as { id: string }).id);
			hook.address = (request.body as z.output<typeof updateBody>).webhook.address;
			hook.updated_at = isoWithOffset(ctx.clock.now());
			return { webhook: view(hook) };
		},
	);

	app.delete('/:id/webhooks.json', { schema: { params: idParams } }, async (request, reply) => {
		const { store } = shoplineAuth(request);
		const hook = find(store.handle, (request.params as { id: string }).id);
		ctx.state.shopline.webhooks = all().filter((w) => w !== hook);
		return reply.code(200).send();
	});
}
