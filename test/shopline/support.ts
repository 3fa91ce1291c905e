import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INodeParameters,
	INodePropertyOptions,
} from 'n8n-workflow';

import { SHOPLINE } from '../../sandbox/src';
import { runNode } from '../support/engine';
import { runPicker } from '../support/pickers';
import type { SandboxFixture } from '../support/sandbox';

// A required field left empty in the editor is refused by n8n itself; one an expression leaves
// blank reaches our preSend checks.
export const BLANK = '={{ "" }}';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** The stores of the sandbox, by the handle and token the tests log in with. */
export const STORES = {
	main: { handle: SHOPLINE.handle, token: SHOPLINE.token },
	busy: { handle: SHOPLINE.busyHandle, token: SHOPLINE.busyToken },
	frozen: { handle: SHOPLINE.frozenHandle, token: SHOPLINE.frozenToken },
	locked: { handle: SHOPLINE.lockedHandle, token: SHOPLINE.lockedToken },
} as const;

/** The request that reads one order of the seeded store back: GET orders.json?ids=<id>&status=any, answered 200. */
export const orderRead = (id: string) => ({
	method: 'GET',
	path: '/orders.json',
	query: { ids: id, status: 'any' },
	body: null,
	status: 200,
	handle: SHOPLINE.handle,
	version: SHOPLINE.version,
});

export interface ShoplineRunOptions {
	store?: { handle: string; token: string };
	/** Replaces parts of the credential (e.g. a hostile handle). */
	credentials?: Record<string, string>;
	items?: IDataObject[];
	continueOnFail?: boolean;
}

/** Helpers shared by the SHOPLINE engine tests, bound to the file's sandbox (`useSandbox()`). */
export function shoplineTestKit(sandbox: SandboxFixture) {
	function credentials(options: ShoplineRunOptions = {}) {
		const store = options.store ?? STORES.main;
		return {
			handle: store.handle,
			accessToken: store.token,
			apiVersion: SHOPLINE.version,
			baseUrlOverride: sandbox.shoplineStoreUrl(store.handle),
			...options.credentials,
		};
	}

	/** Runs the SHOPLINE node on one resource/operation against the sandbox. */
	function run(
		resource: string,
		operation: string,
		parameters: IDataObject = {},
		options: ShoplineRunOptions = {},
	) {
		return runNode({
			type: 'shopline',
			parameters: { resource, operation, ...parameters },
			credentials: { shoplineApi: credentials(options) },
			items: options.items,
			continueOnFail: options.continueOnFail,
		});
	}

	/** The SHOPLINE requests the sandbox received, reduced to what the tests compare. */
	async function requests() {
		return (await sandbox.journal('shopline')).map(
			({ method, path, query, body, status, handle, version }) => ({
				method,
				path,
				query,
				body,
				status,
				handle,
				version,
			}),
		);
	}

	/** GET through the API directly (then the journal is cleared), to know what the node should return. */
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads API answers of any shape
	async function api<T = any>(
		path: string,
		store: { handle: string; token: string } = STORES.main,
	): Promise<T> {
		const response = await fetch(
			`${sandbox.shoplineStoreUrl(store.handle)}/admin/openapi/${SHOPLINE.version}${path}`,
			{
				headers: { Authorization: `Bearer ${store.token}`, 'Content-Type': JSON_CONTENT_TYPE },
			},
		);
		const json = (await response.json()) as T;
		await sandbox.clearJournal();
		return json;
	}

	/** One of the node's pickers as the editor runs it (test/support/pickers.ts), against the sandbox. */
	const loadOptions = async (
		method: string,
		parameters: INodeParameters,
		options: ShoplineRunOptions = {},
	): Promise<INodePropertyOptions[]> =>
		await runPicker({
			node: 'shopline',
			method,
			credentialType: 'shoplineApi',
			credentials: credentials(options) as ICredentialDataDecryptedObject,
			parameters,
			path: 'parameters.lineItems.item.id',
		});

	return { run, requests, api, credentials, loadOptions };
}
