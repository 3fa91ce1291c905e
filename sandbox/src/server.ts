/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import { fulfillbotApi, FULFILLBOT_PREFIX } from './apis/fulfillbot';
import { fulfillbotError } from './apis/fulfillbot/errors';
import { registerFulfillbotMachines } from './apis/fulfillbot/machines';
import { s2Api, S2_PREFIX } from './apis/s2';
import { s2Error } from './apis/s2/errors';
import { registerS2Machines } from './apis/s2/machines';
import { shoplineApi, SHOPLINE_PREFIX } from './apis/shopline';
import { shoplineError } from './apis/shopline/errors';
import { registerShoplineMachines } from './apis/shopline/machines';
import type { SandboxContext } from './context';
import { CONTROL_PREFIX, controlApi } from './control';
import { RequestValidationError, toFieldIssues, type HttpPart } from './core/errors';

/** Route schemas are zod schemas; a failure becomes a RequestValidationError for the API's envelope. */
function zodValidatorCompiler({ schema, httpPart }: { schema: unknown; httpPart?: string }) {
	const zod = schema as ZodType;
	return (data: unknown) => {
		const result = zod.safeParse(data);
		return result.success
			? { value: result.data }
			: {
					error: new RequestValidationError(
						(httpPart ?? 'body') as HttpPart,
						toFieldIssues(result.error),
					),
				};
	};
}

/** A path outside every API and the control prefix still answers in the nearest API's shape. */
function rootError(
	request: FastifyRequest,
	reply: FastifyReply,
	status: number,
	text: string,
): FastifyReply {
	const url = request.url.split('?')[0];
	if (url.startsWith('/fulfillbot/'))
		return reply
			.code(status)
			.send(fulfillbotError(status, status === 404 ? `Cannot ${request.method} ${url}` : text));
	if (url === '/s2' || url.startsWith('/s2/')) return reply.code(status).send(s2Error(text));
	if (url.startsWith('/shopline/')) return reply.code(status).send(shoplineError(text));
	return reply.code(status).send({ error: text, mountPoints: MOUNT_POINTS });
}

const MOUNT_POINTS = {
	fulfillbot: FULFILLBOT_PREFIX,
	s2: S2_PREFIX,
	shopline: `${SHOPLINE_PREFIX}/...`,
	control: CONTROL_PREFIX,
};

export async function buildServer(ctx: SandboxContext): Promise<FastifyInstance> {
	const app = Fastify({
		logger: false,
		// A hung request (fault "hang") must not keep close() waiting.
		forceCloseConnections: true,
		frameworkErrors: (error, request, reply) => {
			rootError(request, reply, 400, `Bad Request: ${error.message}`);
		},
	});

	app.setValidatorCompiler(zodValidatorCompiler);
	// Per-request pipeline bookkeeping (see core/pipeline.ts); declared up front for a stable request shape.
	app.decorateRequest('sandbox', null);

	// Like most servers, treat an empty body sent as JSON as no body (fastify would refuse it).
	const parseJson = app.getDefaultJsonParser('error', 'error');
	app.removeContentTypeParser('application/json');
	app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
		if (String(body).trim() === '') return done(null, undefined);
		parseJson(request, String(body), done);
	});

	// Any request that may have changed the state sends the webhooks of what changed (webhooks/).
	app.addHook('onResponse', async (request) => {
		if (request.method !== 'GET' && request.method !== 'HEAD')
			ctx.webhooks.observe(ctx.state, ctx.clock.now());
	});
	app.addHook('onClose', async () => ctx.webhooks.deliveries.clear());

	registerFulfillbotMachines(ctx.machines);
	registerShoplineMachines(ctx.machines);
	registerS2Machines(ctx.machines);

	await app.register(fulfillbotApi, { prefix: FULFILLBOT_PREFIX, ctx });
	await app.register(s2Api, { prefix: S2_PREFIX, ctx });
	await app.register(shoplineApi, { prefix: SHOPLINE_PREFIX, ctx });
	await app.register(controlApi, { prefix: CONTROL_PREFIX, ctx });

	app.get('/', async () => ({ name: 'n8n-nodes-fulfillment sandbox', mountPoints: MOUNT_POINTS }));
	app.setNotFoundHandler((request, reply) => rootError(request, reply, 404, 'Not Found'));
	app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
		const status =
			error.statusCode && error.statusCode >= 400 && error.statusCode < 500
				? error.statusCode
				: 500;
		return rootError(
			request,
			reply,
			status,
			status === 500 ? 'Internal Server Error' : 'Bad Request',
		);
	});
	return app;
}
