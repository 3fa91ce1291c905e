import type { IDataObject } from 'n8n-workflow';

import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { runNode } from '../support/engine';
import type { SandboxFixture } from '../support/sandbox';

// A required field left empty in the editor is refused by n8n itself ("workflow has issues"); one
// that an expression leaves blank (e.g. data from an earlier node) reaches our preSend checks.
export const BLANK = '={{ "" }}';

/** A request as `requests()` reports it that carried no body and was answered 200. */
export const answered = (method: string, path: string, query: IDataObject = {}) => ({
	method,
	path,
	query,
	body: null,
	status: 200,
});

export interface FulfillbotRunOptions {
	/** Default: the all-scopes key. */
	apiKey?: string;
	items?: IDataObject[];
	continueOnFail?: boolean;
}

/** Helpers shared by the Fulfillbot engine tests, bound to the file's sandbox (`useSandbox()`). */
export function fulfillbotTestKit(sandbox: SandboxFixture) {
	/** Runs the Fulfillbot node on one resource/operation against the sandbox. */
	function run(
		resource: string,
		operation: string,
		parameters: IDataObject = {},
		options: FulfillbotRunOptions = {},
	) {
		return runNode({
			type: 'fulfillbot',
			parameters: { resource, operation, ...parameters },
			credentials: {
				fulfillbotApi: {
					apiKey: options.apiKey ?? FULFILLBOT_KEYS.all,
					baseUrl: sandbox.fulfillbotBaseUrl,
				},
			},
			items: options.items,
			continueOnFail: options.continueOnFail,
		});
	}

	/** The Fulfillbot requests the sandbox received, reduced to what the tests compare. */
	async function requests() {
		return (await sandbox.journal('fulfillbot')).map(({ method, path, query, body, status }) => ({
			method,
			path,
			query,
			body,
			status,
		}));
	}

	async function send<T>(
		method: string,
		path: string,
		body: unknown,
	): Promise<{ status: number; json: { data: T } }> {
		const response = await fetch(`${sandbox.fulfillbotBaseUrl}${path}`, {
			method,
			headers: {
				Authorization: `Bearer ${FULFILLBOT_KEYS.all}`,
				'Content-Type': 'application/json',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		return { status: response.status, json: (await response.json()) as { data: T } };
	}

	/** Calls the API directly with the all-scopes key (then clears the journal) to know what the node should return. */
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads API answers of any shape
	async function api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
		const { json } = await send<T>(method, path, body);
		await sandbox.clearJournal();
		return json.data;
	}

	/** Sets up data through the API directly (journal kept); throws on an error answer. */
	async function call<T = IDataObject>(method: string, path: string, body?: unknown): Promise<T> {
		const { status, json } = await send<T>(method, path, body);
		if (status >= 300) throw new Error(`${method} ${path}: ${status} ${JSON.stringify(json)}`);
		return json.data;
	}

	const post = <T = IDataObject>(path: string, body: unknown): Promise<T> =>
		call<T>('POST', path, body);

	return { run, requests, api, call, post };
}
