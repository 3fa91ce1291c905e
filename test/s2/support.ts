import type { IDataObject } from 'n8n-workflow';

import { S2, S2_SEED } from '../../sandbox/src';
import { runNode } from '../support/engine';
import type { JournalEntry, SandboxFixture } from '../support/sandbox';

// A required field left empty in the editor is refused by n8n itself ("workflow has issues"); one
// that an expression leaves blank (e.g. data from an earlier node) reaches our preSend checks.
export const BLANK = '={{ "" }}';

/** A journal entry reduced to what the tests compare. */
export const wireOf = ({ method, path, query, body, status }: JournalEntry) => ({
	method,
	path,
	query,
	body,
	status,
});

/** A POST /order body for setting up orders through the API directly: one unit of org A's first product. */
export const orderBody = (channelOrderId: string, shippingAddress: IDataObject) => ({
	accountId: S2_SEED.orgA.accounts.wholesale,
	channelOrderId,
	channelShippingMethod: '',
	shippingAddress,
	billingAddress: null,
	channelOrderDate: '2026-11-01T00:00:00.000Z',
	currencyId: 'USD',
	item: [{ productId: S2_SEED.orgA.products[0], quantity: 1 }],
	meta: {},
	attachments: [],
});

export interface S2RunOptions {
	/** Default: the token in both orgs. */
	accessToken?: string;
	/** Default: org A. */
	organizationId?: string;
	items?: IDataObject[];
	continueOnFail?: boolean;
}

/** Helpers shared by the S2 engine tests, bound to the file's sandbox (`useSandbox()`). */
export function s2TestKit(sandbox: SandboxFixture) {
	/** Runs the S2 node on one resource/operation against the sandbox. */
	function run(
		resource: string,
		operation: string,
		parameters: IDataObject = {},
		options: S2RunOptions = {},
	) {
		return runNode({
			type: 's2',
			parameters: { resource, operation, ...parameters },
			credentials: {
				s2Api: {
					accessToken: options.accessToken ?? S2.token,
					organizationId: options.organizationId ?? S2.orgA,
					baseUrl: sandbox.s2BaseUrl,
				},
			},
			items: options.items,
			continueOnFail: options.continueOnFail,
		});
	}

	/** The S2 requests the sandbox received, reduced to what the tests compare. */
	async function requests() {
		return (await sandbox.journal('s2')).map(wireOf);
	}

	/** Calls the API directly (org A unless told), then clears the journal; returns status and body. */
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads API answers of any shape
	async function api<T = any>(
		method: string,
		path: string,
		body?: unknown,
		organizationId: string = S2.orgA,
	): Promise<{ status: number; body: T }> {
		const response = await fetch(`${sandbox.s2BaseUrl}${path}`, {
			method,
			headers: {
				Authorization: `Bearer ${S2.token}`,
				'X-S2-Organization': organizationId,
				'Content-Type': 'application/json',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const json = (await response.json()) as T;
		await sandbox.clearJournal();
		return { status: response.status, body: json };
	}

	/** GET through the API directly, throwing on an error answer. */
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads API answers of any shape
	async function get<T = any>(path: string): Promise<T> {
		const { status, body } = await api<T>('GET', path);
		if (status >= 300) throw new Error(`GET ${path}: ${status} ${JSON.stringify(body)}`);
		return body;
	}

	return { run, requests, api, get };
}
