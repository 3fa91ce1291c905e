/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiName } from './apiName';
import type { Clock } from './clock';
import { reasonPhrase, sendError, type Envelope } from './errors';
import { nginxErrorPage, TRUNCATED_JSON, type Fault, type FaultStore } from './faults';
import { maskHeaders, type Journal, type JournalEntry } from './journal';

/** Per-request bookkeeping shared by the pipeline and the API's own auth code. */
export interface RequestInfo {
	api: ApiName;
	/** Path relative to the API base (no query). */
	path: string;
	entry: JournalEntry;
	/** Headers to put on the response whatever it turns out to be (e.g. X-RateLimit-*). */
	headers: Record<string, string>;
	/** What the API's auth resolved (key, organization, store), for handlers. */
	auth?: unknown;
	/** A `commit-then-drop` fault: the request is handled, then its connection is dropped unanswered. */
	dropAfterCommit?: boolean;
}

declare module 'fastify' {
	interface FastifyRequest {
		sandbox: RequestInfo | null;
	}
}

export interface PipelineContext {
	journal: Journal;
	faults: FaultStore;
	clock: Clock;
	/** Added to every API request before it is handled: a slow link (POST /__sandbox/config {latencyMs}). */
	latencyMs?: number;
	/** Save state to the state file, if any. */
	persist(): void;
}

/** What an API plugs into the shared request pipeline. */
export interface ApiAdapter {
	api: ApiName;
	envelope: Envelope;
	/** Matches the API's base at the start of the URL; named groups (handle, version) go into the journal. */
	base: RegExp;
	/** Which seeded credential the request carries, for the journal. Must never throw. */
	identify(request: FastifyRequest): string | null;
	/** Route-independent checks that come before anything else (SHOPLINE: the version format). */
	precheck?(request: FastifyRequest): void;
	/** Authentication, authorization and rate limiting of a matched route. Throw ApiError to refuse. */
	admit(request: FastifyRequest, reply: FastifyReply): void;
	/** Lets an API renumber framework errors (SHOPLINE answers a wrong Content-Type with 400). */
	mapErrorStatus?(status: number, code?: string): number;
	/** Headers every response of this API carries (SHOPLINE: traceId). */
	responseHeaders?(request: FastifyRequest): Record<string, string>;
	/** Headers an injected 429 carries, so it looks like a real rate-limit answer (Fulfillbot: X-RateLimit-*). */
	rateLimitedHeaders?(retryAfterSeconds: number): Record<string, string>;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Installs the shared lifecycle on an API's (encapsulated) fastify plugin:
 * journal -> precheck -> fault injection -> auth + rate limit -> zod validation -> handler,
 * with the API's own error envelope for every error and unknown route.
 */
export function installApiPipeline(
	app: FastifyInstance,
	ctx: PipelineContext,
	adapter: ApiAdapter,
): void {
	app.addHook('onRequest', async (request) => {
		const url = request.url.split('?')[0];
		const match = adapter.base.exec(url);
		const path = match ? url.slice(match[0].length) || '/' : url;
		const entry = ctx.journal.open({
			at: new Date(ctx.clock.now()).toISOString(),
			api: adapter.api,
			method: request.method,
			path,
			query: { ...(request.query as Record<string, unknown>) },
			headers: maskHeaders(request.headers),
			body: null,
			status: null,
			principal: adapter.identify(request),
			...(match?.groups ?? {}),
		});
		request.sandbox = { api: adapter.api, path, entry, headers: {} };
		const reset = ctx.faults.take(adapter.api, request.method, path, true);
		if (reset) return dropConnection(reset, request);
		return undefined;
	});

	app.addHook('preValidation', async (request, reply) => {
		const info = request.sandbox!;
		// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- dev-only sandbox (never packed): a slow link
		if (ctx.latencyMs) await new Promise((resolve) => setTimeout(resolve, ctx.latencyMs));
		info.entry.body = request.body ?? null;
		adapter.precheck?.(request);
		const fault = ctx.faults.take(adapter.api, request.method, info.path);
		if (fault) return applyFault(fault, adapter, request, reply);
		if (request.is404) return; // unknown routes answer 404 before any auth, like the real servers
		adapter.admit(request, reply);
		return undefined;
	});

	app.addHook('onSend', async (request, reply, payload) => {
		const info = request.sandbox;
		if (!info) return payload;
		info.entry.status = reply.statusCode;
		if (info.dropAfterCommit) {
			// The handler has run (its changes are kept); the client sees the connection close unanswered.
			ctx.persist();
			request.raw.socket?.destroy();
			return payload;
		}
		// HTTP's Date, from the sandbox clock (the one updated_at is written with), as a server's own clock.
		reply.header('date', new Date(ctx.clock.now()).toUTCString());
		for (const [name, value] of Object.entries({
			...info.headers,
			...adapter.responseHeaders?.(request),
		}))
			reply.header(name, value);
		return payload;
	});

	app.addHook('onResponse', async (request) => {
		if (!READ_METHODS.has(request.method)) ctx.persist();
	});

	app.setErrorHandler((error, _request, reply) =>
		sendError(adapter.envelope, error, reply, adapter.mapErrorStatus),
	);
	app.setNotFoundHandler((request, reply) =>
		reply.code(404).send(adapter.envelope.notFound(request)),
	);
}

/** Closes the connection without an answer (the journal keeps status null); the hook never resolves. */
function dropConnection(fault: Fault, request: FastifyRequest): Promise<void> {
	request.sandbox!.entry.fault = fault.kind;
	request.raw.socket.destroy();
	return new Promise<void>(() => {});
}

function applyFault(
	fault: Fault,
	adapter: ApiAdapter,
	request: FastifyRequest,
	reply: FastifyReply,
): Promise<void> | FastifyReply | undefined {
	const info = request.sandbox!;
	info.entry.fault = fault.kind;
	switch (fault.kind) {
		case 'drop':
		case 'reset':
			return dropConnection(fault, request);
		case 'commit-then-drop':
			// Handled as usual (auth, checks, the create itself); onSend then drops the connection.
			info.dropAfterCommit = true;
			adapter.admit(request, reply);
			return undefined;
		case 'hang':
			// Never answer. The request stays journaled with status null; close() destroys the socket.
			return new Promise<void>(() => {});
		case 'malformed-json':
			return reply.code(200).type('application/json; charset=utf-8').send(TRUNCATED_JSON);
		case 'html':
			return reply
				.code(502)
				.type('text/html')
				.send(nginxErrorPage(502, reasonPhrase(502)));
		case 'status': {
			const status = fault.status ?? 500;
			if (status !== 429) return reply.code(status).send(adapter.envelope.error(status));
			// "Try again in 1s": clients that honour the wait retry quickly in tests.
			Object.assign(info.headers, adapter.rateLimitedHeaders?.(1));
			return reply.code(429).send(adapter.envelope.rateLimited(1));
		}
	}
}
