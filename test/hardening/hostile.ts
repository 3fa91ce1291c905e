/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A misbehaving API on loopback, for the hardening tests that no honest API (nor the sandbox) would
 * answer: redirects to a second port, echoed request headers, bodies that are not objects, paging that
 * never ends. Each test sets `answer`; every request is recorded with its raw URL and headers.
 */
export interface Seen {
	method: string;
	url: string;
	headers: http.IncomingHttpHeaders;
}

export interface Answer {
	status: number;
	headers?: Record<string, string>;
	body?: string;
}

export type Responder = (request: Seen) => Answer;

export interface HostileServer {
	readonly url: string;
	readonly port: number;
	seen: Seen[];
	answer: Responder;
	close(): Promise<void>;
}

/** `host`: the address to listen on (a non-loopback one for the tests of http to another host). */
export async function startHostile(
	answer: Responder = () => ({ status: 200, body: '{}' }),
	host = '127.0.0.1',
): Promise<HostileServer> {
	const state: { seen: Seen[]; answer: Responder } = { seen: [], answer };
	const server = http.createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			const seen: Seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers };
			state.seen.push(seen);
			const { status, headers, body } = state.answer(seen);
			res.writeHead(status, headers ?? {});
			res.end(body ?? '');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, host, resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
		port,
		get seen() {
			return state.seen;
		},
		set seen(value: Seen[]) {
			state.seen = value;
		},
		get answer() {
			return state.answer;
		},
		set answer(value: Responder) {
			state.answer = value;
		},
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

/** Hostile credentials for each node, every request to `base`; the secrets the tests look for. */
export const HOSTILE_SECRETS = {
	fulfillbotKey: 'sk-hostile-4f1d9c2b7a',
	s2Token: 's2-hostile-token-8e3a5c',
	s2Org: '3f2b8c1e-9d4a-4e7b-8c6f-1a2b3c4d5e6f',
	shoplineToken: 'shopline-hostile-token-77c1e0',
};

export function hostileCredentials(base: string) {
	const s = HOSTILE_SECRETS;
	return {
		fulfillbot: {
			fulfillbotApi: { apiKey: s.fulfillbotKey, baseUrl: `${base}/fulfillbot/api/v1/open` },
		},
		s2: { s2Api: { accessToken: s.s2Token, organizationId: s.s2Org, baseUrl: `${base}/s2` } },
		shopline: {
			shoplineApi: {
				handle: 'hostile-store',
				accessToken: s.shoplineToken,
				apiVersion: 'v20260301',
				baseUrlOverride: base,
			},
		},
	};
}

/** Every header of the request, as an API that echoes them would print them. */
export function echoHeaders(request: Seen): string {
	return Object.entries(request.headers)
		.map(([k, v]) => `${k}: ${String(v)}`)
		.join('\n');
}
