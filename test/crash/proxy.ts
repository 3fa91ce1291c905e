/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * A loopback HTTP proxy between n8n and the sandbox that tells, to the millisecond, when each API request
 * starts and when its answer has been handed back to n8n. The crash test aims its kills with it: the
 * sandbox's journal has the arrival time but not the moment the answer left.
 */
import { EventEmitter } from 'node:events';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Api } from './changes';

export interface Traffic {
	api: Api;
	method: string;
	path: string;
	at: number;
}

/** Which API a sandbox path belongs to (the credentials' base URLs: /fulfillbot/…, /s2…, /shopline/…). */
function apiOf(path: string): Api | null {
	if (path.startsWith('/fulfillbot/')) return 'fulfillbot';
	if (path.startsWith('/s2/') || path === '/s2') return 's2';
	if (path.startsWith('/shopline/')) return 'shopline';
	return null;
}

export class Proxy extends EventEmitter {
	readonly inflight: Record<Api, number> = { fulfillbot: 0, s2: 0, shopline: 0 };
	/** Answers handed back per API since the proxy started. */
	readonly answers: Record<Api, number> = { fulfillbot: 0, s2: 0, shopline: 0 };
	readonly lastRequestAt: Record<Api, number> = { fulfillbot: 0, s2: 0, shopline: 0 };
	readonly lastAnswerAt: Record<Api, number> = { fulfillbot: 0, s2: 0, shopline: 0 };
	private server?: http.Server;
	url = '';
	/** --log: called with each answer's body (diagnosis). */
	onBody?: (t: Traffic & { query: string }, body: string) => void;

	constructor(private readonly upstream: string) {
		super();
	}

	async start(): Promise<string> {
		const target = new URL(this.upstream);
		this.server = http.createServer((req, res) => {
			const path = (req.url ?? '/').split('?')[0];
			const api = apiOf(path);
			const seen = api ? { api, method: req.method ?? 'GET', path } : null;
			if (seen) {
				this.inflight[seen.api]++;
				this.lastRequestAt[seen.api] = Date.now();
				this.emit('request', { ...seen, at: Date.now() } satisfies Traffic);
			}
			let done = false;
			const finish = () => {
				if (!seen || done) return;
				done = true;
				this.inflight[seen.api]--;
				this.answers[seen.api]++;
				this.lastAnswerAt[seen.api] = Date.now();
				this.emit('answer', { ...seen, at: Date.now() } satisfies Traffic);
			};
			const upstream = http.request(
				{
					host: target.hostname,
					port: target.port,
					method: req.method,
					path: req.url,
					headers: { ...req.headers, host: target.host },
				},
				(answer) => {
					res.writeHead(answer.statusCode ?? 502, answer.headers);
					if (seen && this.onBody) {
						let body = '';
						answer.on('data', (d: Buffer) => (body += d.toString()));
						answer.on('end', () =>
							this.onBody?.(
								{ ...seen, at: Date.now(), query: (req.url ?? '').split('?')[1] ?? '' },
								body,
							),
						);
					}
					answer.pipe(res);
				},
			);
			upstream.on('error', () => res.destroy());
			res.on('finish', finish);
			res.on('close', finish);
			req.pipe(upstream);
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this.url;
	}

	/**
	 * Where `api` stood at `at` relative to its first poll after `since`: ms after that poll's last answer,
	 * 'during a poll' (a request in flight), or 'no poll yet' (no request since `since`).
	 */
	moment(api: Api, since: number, at: number): number | 'during a poll' | 'no poll yet' {
		if (this.lastRequestAt[api] < since) return 'no poll yet';
		if (this.inflight[api] > 0) return 'during a poll';
		return at - this.lastAnswerAt[api];
	}

	async close(): Promise<void> {
		this.server?.closeAllConnections();
		await new Promise<void>((resolve) =>
			this.server ? this.server.close(() => resolve()) : resolve(),
		);
	}

	/** Resolves after `count` more answers of `api` (the polls that read the state as it is now). */
	async answered(api: Api, count: number, timeoutMs: number): Promise<void> {
		const target = this.answers[api] + count;
		if (count <= 0) return;
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => {
				this.off('answer', on);
				reject(new Error(`no ${count} ${api} answers within ${timeoutMs} ms`));
			}, timeoutMs);
			const on = (t: Traffic) => {
				if (t.api !== api || this.answers[api] < target) return;
				clearTimeout(timer);
				this.off('answer', on);
				resolve();
			};
			this.on('answer', on);
		});
	}

	/**
	 * Calls `fire` `delayMs` after the last answer of the first poll of `api` that starts after now: a request
	 * of that API re-arms the wait (the poll goes on); the wait starts when no request of it is in flight.
	 * Resolves with the times it saw; rejects when no poll of `api` ends within `timeoutMs`.
	 */
	async afterNextPoll(
		api: Api,
		delayMs: number,
		fire: () => void,
		timeoutMs: number,
	): Promise<{ pollStartedAt: number; lastAnswerAt: number; firedAt: number }> {
		return await new Promise((resolve, reject) => {
			let pollStartedAt = 0;
			let lastAnswerAt = 0;
			let timer: NodeJS.Timeout | undefined;
			const stop = () => {
				clearTimeout(timer);
				clearTimeout(deadline);
				this.off('request', onRequest);
				this.off('answer', onAnswer);
			};
			const deadline = setTimeout(() => {
				stop();
				reject(new Error(`no ${api} poll ended within ${timeoutMs} ms`));
			}, timeoutMs);
			const onRequest = (t: Traffic) => {
				if (t.api !== api) return;
				pollStartedAt ||= t.at;
				clearTimeout(timer);
			};
			const onAnswer = (t: Traffic) => {
				if (t.api !== api || !pollStartedAt || this.inflight[api] > 0) return;
				lastAnswerAt = t.at;
				clearTimeout(timer);
				timer = setTimeout(() => {
					stop();
					fire();
					resolve({ pollStartedAt, lastAnswerAt, firedAt: Date.now() });
				}, delayMs);
			};
			this.on('request', onRequest);
			this.on('answer', onAnswer);
		});
	}
}
