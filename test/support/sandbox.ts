/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
import axios, { AxiosError, type AxiosInstance } from 'axios';
import path from 'node:path';
import {
	SHOPLINE,
	startSandbox,
	type FaultSpec,
	type JournalEntry,
	type RateLimitConfig,
	type RunningSandbox,
} from '../../sandbox/src';

export type { FaultSpec, JournalEntry, RateLimitConfig };

export type SandboxApi = 'fulfillbot' | 's2' | 'shopline';

export interface SandboxFixture {
	/** http://127.0.0.1:PORT (valid from beforeAll on). */
	readonly url: string;
	readonly fulfillbotBaseUrl: string;
	readonly s2BaseUrl: string;
	/** `<sandbox>/shopline/<handle>` (default: the seeded store); clients append /admin/openapi/<version>/... */
	shoplineStoreUrl(handle?: string): string;
	journal(api?: SandboxApi): Promise<JournalEntry[]>;
	clearJournal(): Promise<void>;
	/** Seed data back, journal / faults / counters cleared. Body: optional { rateLimits }. */
	reset(body?: object): Promise<void>;
	fault(spec: FaultSpec): Promise<void>;
	advance(spec: {
		api: string;
		kind: string;
		id?: string;
	}): Promise<Array<{ id: string; from: string; to: string }>>;
	state(): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- whole-state snapshot for assertions
	config(body: object): Promise<void>;
	/** Pushes the sandbox clock (updated_at, Date headers, rate windows) forward. */
	clock(advanceSeconds: number): Promise<void>;
}

/**
 * The nodes' in-process rate budgets (dist/nodes/shared/rate/registry.js, the module instance the engine
 * loaded) are forgotten with every sandbox reset, as in a fresh n8n process: otherwise a test would
 * wait out a window the sandbox has already forgotten.
 */
export async function forgetRateBudgets(rateLimits?: RateLimitConfig): Promise<void> {
	const mod = (await import(
		path.resolve(__dirname, '../../dist/nodes/shared/rate/registry.js')
	)) as {
		forgetBudgets(): void;
		setPacedByDefault(api: string, paced: boolean): void;
	};
	mod.forgetBudgets();
	// An API whose sandbox limit is off is not paced either (as for a key with a much higher limit):
	// files that turn a limit off make more requests than it allows, and test logic, not pace.
	for (const api of ['fulfillbot', 'shopline'] as const)
		mod.setPacedByDefault(api, rateLimits?.[api] !== null);
}

/** The control API of a sandbox started by hand (e.g. from a state file) rather than by useSandbox. */
export function sandboxControl(url: () => string) {
	return async <T = unknown>(method: string, route: string, body?: unknown): Promise<T> => {
		const response = await fetch(`${url()}/__sandbox${route}`, {
			method,
			headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		return (response.status === 204 ? undefined : await response.json()) as T;
	};
}

/**
 * One sandbox per test file: started on an ephemeral port in beforeAll, reset before each test
 * (documented rate limits unless `rateLimits` says otherwise), closed in afterAll.
 */
export function useSandbox(options: { rateLimits?: RateLimitConfig } = {}): SandboxFixture {
	let running: RunningSandbox | undefined;
	let control: AxiosInstance | undefined;

	const started = (): RunningSandbox => {
		if (!running)
			throw new Error(
				'useSandbox: the sandbox is not running (use it inside tests, after beforeAll)',
			);
		return running;
	};

	/** Control calls throw a short, readable error instead of axios' request dump. */
	async function call<T>(
		method: 'get' | 'post' | 'delete',
		path: string,
		data?: unknown,
		params?: object,
	): Promise<T> {
		if (!control) started();
		try {
			return (await control!.request<T>({ method, url: path, data, params })).data;
		} catch (error) {
			if (error instanceof AxiosError) {
				throw new Error(
					`sandbox control ${method.toUpperCase()} ${path} failed: ${error.response?.status ?? error.code} ${JSON.stringify(error.response?.data ?? error.message)}`,
				);
			}
			throw error;
		}
	}

	const reset = async (body?: object) => {
		await call(
			'post',
			'/reset',
			body ?? (options.rateLimits ? { rateLimits: options.rateLimits } : {}),
		);
		await forgetRateBudgets(
			body ? (body as { rateLimits?: RateLimitConfig }).rateLimits : options.rateLimits,
		);
	};

	beforeAll(async () => {
		running = await startSandbox({ port: 0, rateLimits: options.rateLimits });
		control = axios.create({ baseURL: `${running.url}/__sandbox`, timeout: 10_000 });
	});
	afterAll(async () => {
		await running?.close();
		running = undefined;
		control = undefined;
	});
	beforeEach(async () => reset());

	return {
		get url() {
			return started().url;
		},
		get fulfillbotBaseUrl() {
			return `${started().url}/fulfillbot/api/v1/open`;
		},
		get s2BaseUrl() {
			return `${started().url}/s2`;
		},
		shoplineStoreUrl: (handle: string = SHOPLINE.handle) =>
			`${started().url}/shopline/${encodeURIComponent(handle)}`,
		journal: (api?: SandboxApi) =>
			call<JournalEntry[]>('get', '/journal', undefined, api ? { api } : undefined),
		clearJournal: async () => {
			await call('delete', '/journal');
		},
		reset,
		fault: async (spec: FaultSpec) => {
			await call('post', '/faults', spec);
		},
		advance: (spec) => call('post', '/advance', spec),
		state: () => call('get', '/state'),
		config: async (body: object) => {
			await call('post', '/config', body);
		},
		clock: async (advanceSeconds: number) => {
			await call('post', '/clock', { advanceSeconds });
		},
	};
}
