/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isoMillis } from './core/clock';
import { API_NAMES } from './core/apiName';
import { RequestValidationError } from './core/errors';
import { faultSpecSchema } from './core/faults';
import { rateLimitConfigSchema } from './core/rateLimit';
import { UnknownRecordError } from './core/statusMachines';
import type { SandboxContext } from './context';
import { webhookControl } from './webhooks/control';

export const CONTROL_PREFIX = '/__sandbox';

const optionalBody = <T extends z.ZodType>(schema: T) => z.preprocess((body) => body ?? {}, schema);

const resetBody = optionalBody(z.strictObject({ rateLimits: rateLimitConfigSchema.optional() }));
const configBody = z.strictObject({
	rateLimits: rateLimitConfigSchema.optional(),
	latencyMs: z.number().int().min(0).max(60_000).optional(),
});
const journalQuery = z.object({ api: z.enum(API_NAMES).optional() });
const advanceBody = z.strictObject({
	api: z.enum(API_NAMES),
	kind: z.string().min(1),
	id: z.union([z.string(), z.number()]).optional(),
});
const clockBody = z.strictObject({ advanceSeconds: z.number().finite() });

/**
 * The control API for tests and demos: no auth, JSON in and out, errors as {"error": "..."}.
 * Its own requests are never journaled.
 */
export async function controlApi(
	app: FastifyInstance,
	opts: { ctx: SandboxContext },
): Promise<void> {
	const { ctx } = opts;

	app.setErrorHandler((error: { statusCode?: number; message?: string }, _request, reply) => {
		const status =
			error instanceof RequestValidationError
				? 400
				: error.statusCode && error.statusCode < 500
					? error.statusCode
					: 500;
		return reply.code(status).send({ error: error.message ?? 'error' });
	});
	app.setNotFoundHandler((request, reply) =>
		reply.code(404).send({ error: `No control endpoint ${request.method} ${request.url}` }),
	);

	app.post('/reset', { schema: { body: resetBody } }, async (request, reply) => {
		ctx.reset((request.body as z.output<typeof resetBody>).rateLimits);
		return reply.code(204).send();
	});

	app.get('/journal', { schema: { querystring: journalQuery } }, async (request) =>
		ctx.journal.list((request.query as z.output<typeof journalQuery>).api),
	);
	app.delete('/journal', async (_request, reply) => {
		ctx.journal.clear();
		return reply.code(204).send();
	});

	app.get('/faults', async () => ctx.faults.list());
	app.post('/faults', { schema: { body: faultSpecSchema } }, async (request, reply) => {
		return reply.code(201).send(ctx.faults.add(request.body as z.output<typeof faultSpecSchema>));
	});
	app.delete('/faults', async (_request, reply) => {
		ctx.faults.clear();
		return reply.code(204).send();
	});

	app.get('/advance', async () => ctx.machines.kinds());
	app.post('/advance', { schema: { body: advanceBody } }, async (request, reply) => {
		const { api, kind, id } = request.body as z.output<typeof advanceBody>;
		const machine = ctx.machines.get(api, kind);
		if (!machine) {
			const known = ctx.machines
				.kinds()
				.map((k) => `${k.api}/${k.kind}`)
				.join(', ');
			return reply
				.code(400)
				.send({ error: `No status machine for ${api}/${kind}. Known: ${known}` });
		}
		try {
			const moved = ctx.machines.advance(
				machine,
				ctx.state,
				ctx.clock.now(),
				id === undefined ? undefined : String(id),
			);
			ctx.persist();
			return moved;
		} catch (error) {
			if (error instanceof UnknownRecordError)
				return reply.code(404).send({ error: error.message });
			throw error;
		}
	});

	app.get('/state', async () => ctx.state);

	await app.register(webhookControl, { prefix: '/webhooks', ctx });

	app.get('/config', async () => ({ rateLimits: ctx.limits.config }));
	app.post('/config', { schema: { body: configBody } }, async (request) => {
		const body = request.body as z.output<typeof configBody>;
		ctx.configure(body.rateLimits, body.latencyMs);
		return { rateLimits: ctx.limits.config, latencyMs: ctx.latencyMs };
	});

	const clockView = () => ({
		now: isoMillis(ctx.clock.now()),
		offsetSeconds: ctx.state.sandbox.clockOffsetSeconds,
	});
	app.get('/clock', async () => clockView());
	app.post('/clock', { schema: { body: clockBody } }, async (request) => {
		ctx.state.sandbox.clockOffsetSeconds += (
			request.body as z.output<typeof clockBody>
		).advanceSeconds;
		ctx.persist();
		return clockView();
	});
}
