/**
 * The benches' one client of a running sandbox: its control API (journal, state, config; never journaled
 * itself) and the three credentials pointing at it. `sandbox` may be a getter, for benches that restart
 * their sandbox on a rewritten state and keep calling through the same client.
 */
import {
	FULFILLBOT_KEYS,
	S2,
	SHOPLINE,
	type JournalEntry,
	type RunningSandbox,
	type SandboxState,
} from '../sandbox/src';

export type Api = 'fulfillbot' | 's2' | 'shopline';

export interface BenchCredentials {
	fulfillbotApi: { apiKey: string; baseUrl: string };
	s2Api: { accessToken: string; organizationId: string; baseUrl: string };
	shoplineApi: { handle: string; accessToken: string; apiVersion: string; baseUrlOverride: string };
}

/** Each API's credential type. */
export const CREDENTIAL: Record<Api, keyof BenchCredentials> = {
	fulfillbot: 'fulfillbotApi',
	s2: 's2Api',
	shopline: 'shoplineApi',
};

export function sandboxClient(sandbox: RunningSandbox | (() => RunningSandbox)) {
	const url = () => (typeof sandbox === 'function' ? sandbox() : sandbox).url;

	/** One control call; a status ≥ 300 throws (a bench never measures against a sandbox it could not set). */
	async function control(method: string, route: string, body?: unknown): Promise<unknown> {
		const response = await fetch(`${url()}/__sandbox${route}`, {
			method,
			headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		if (response.status >= 300) throw new Error(`control ${method} ${route}: ${response.status}`);
		return response.status === 204 ? undefined : await response.json().catch(() => undefined);
	}

	/** Every request since the last clear (the journal keeps only the last 5,000), of one API or all. */
	const journal = async (api?: Api) =>
		(await control('GET', `/journal${api ? `?api=${api}` : ''}`)) as JournalEntry[];
	const clearJournal = async () => {
		await control('DELETE', '/journal');
	};

	function credentials(): BenchCredentials {
		const base = url();
		return {
			fulfillbotApi: { apiKey: FULFILLBOT_KEYS.all, baseUrl: `${base}/fulfillbot/api/v1/open` },
			s2Api: { accessToken: S2.token, organizationId: S2.orgA, baseUrl: `${base}/s2` },
			shoplineApi: {
				handle: SHOPLINE.handle,
				accessToken: SHOPLINE.token,
				apiVersion: SHOPLINE.version,
				baseUrlOverride: `${base}/shopline/${SHOPLINE.handle}`,
			},
		};
	}

	return {
		control,
		journal,
		clearJournal,
		/** The requests of `api` since the last call (and clears the journal). */
		async drain(api: Api): Promise<JournalEntry[]> {
			const entries = await journal(api);
			await clearJournal();
			return entries;
		},
		/** The sandbox's whole state, as `GET /__sandbox/state` answers it. */
		state: async <T = SandboxState>() => (await control('GET', '/state')) as T,
		credentials,
		/** `{ <api>Api: … }`: the one credential a node of `api` takes. */
		credentialsOf<A extends Api>(api: A): Pick<BenchCredentials, (typeof CREDENTIAL)[A]> {
			const name = CREDENTIAL[api];
			return { [name]: credentials()[name] } as Pick<BenchCredentials, (typeof CREDENTIAL)[A]>;
		},
	};
}

export type SandboxClient = ReturnType<typeof sandboxClient>;
