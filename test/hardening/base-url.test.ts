/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import { networkInterfaces } from 'node:os';

import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import { loadPackage, testCredential } from '../support/engine';
import { pickersOf } from '../support/pickers';
import { hookMethod } from '../support/webhook';
import { hostileCredentials, startHostile, type HostileServer } from './hostile';
import { NODES, recordCounts, type NodeName } from './support';
import {
	CASES,
	CREDENTIAL_TYPE,
	freshBudgets,
	pickWith,
	pollWith,
	rows,
	runCase,
	shoplineWebhookWith,
} from './table';

/*
 * Issue 21, item 5: a credential address that is not https (or http on loopback, the sandbox) was
 * accepted, and Fulfillbot and S2 attempted requests with the key to it. Every credential field that
 * forms the address the key or token goes to (Fulfillbot and S2 Base URL; SHOPLINE Base URL Override
 * and store handle) is refused before anything is sent, naming the field and the fix: over every
 * operation, each trigger, each picker, the SHOPLINE webhook subscription and each credential test.
 * The refused addresses that a client could reach point at live loopback servers (one on a
 * non-loopback address of this machine for plain http), so a missing check shows up as a request.
 */

jest.setTimeout(120_000);

/** A non-loopback IPv4 address of this machine, where plain http must be refused (TEST-NET if there is none). */
const LAN_IP =
	Object.values(networkInterfaces())
		.flat()
		.find((a) => a && a.family === 'IPv4' && !a.internal)?.address ?? '192.0.2.1';

let api: HostileServer;
let lan: HostileServer | undefined;
beforeAll(async () => {
	api = await startHostile(() => ({ status: 200, body: '{"data":{"id":1}}' }));
	lan = await startHostile(() => ({ status: 200, body: '{"data":{"id":1}}' }), LAN_IP).catch(
		() => undefined,
	);
});
afterAll(async () => {
	await api?.close();
	await lan?.close();
});
beforeEach(async () => {
	await freshBudgets();
	api.seen = [];
	if (lan) lan.seen = [];
});
const arrived = () => [...api.seen, ...(lan?.seen ?? [])];

const counts = { operationRuns: 0, polls: 0, pickerRuns: 0, credentialTests: 0 };
afterAll(() => recordCounts('base-url', counts));

/** The field each credential's address comes from, its label in messages, and the path under it. */
const FIELD: Record<NodeName, { name: string; label: RegExp; path: string }> = {
	fulfillbot: {
		name: 'baseUrl',
		label: /^Fulfillbot credential: Base URL /,
		path: '/fulfillbot/api/v1/open',
	},
	s2: { name: 'baseUrl', label: /^S2 credential: Base URL /, path: '/s2' },
	shopline: {
		name: 'baseUrlOverride',
		label: /^SHOPLINE credential: Base URL Override /,
		path: '',
	},
};

const PASSWORD = 'hunter2-in-the-url';
/** [case, address (the hostile origin is passed in), what the message says besides the field]. */
const ADDRESSES: Array<[string, (origin: string, port: number) => string, RegExp]> = [
	['file:///etc/passwd', () => 'file:///etc/passwd', /\(it uses file:\)/],
	['ftp: to the loopback server', (_o, port) => `ftp://127.0.0.1:${port}`, /\(it uses ftp:\)/],
	['javascript:', () => 'javascript:alert(1)', /\(it uses javascript:\)/],
	['a data: URL', () => 'data:text/plain,hi', /\(it uses data:\)/],
	[
		'plain http to a non-loopback address of this machine',
		() => `http://${LAN_IP}:${lan?.port ?? 80}`,
		/\(it uses http to [\d.]+, which would carry the secret unencrypted\)/,
	],
	[
		'plain http to a look-alike of 127.0.0.1',
		(_o, port) => `http://127.0.0.1.attacker.example:${port}`,
		/it uses http to 127\.0\.0\.1\.attacker\.example/,
	],
	[
		'loopback http with a user and password',
		(origin) => origin.replace('http://', `http://user:${PASSWORD}@`),
		/\(it carries a user name or password\)/,
	],
	[
		'https with a user and password',
		(_o, port) => `https://user:${PASSWORD}@127.0.0.1:${port}`,
		/\(it carries a user name or password\)/,
	],
	['loopback with a query', (origin) => `${origin}?to=evil.example`, /query or fragment/],
	['loopback with a fragment', (origin) => `${origin}#evil.example`, /query or fragment/],
	['not a URL', () => 'api.example.com/v1', /"api\.example\.com\/v1[^"]*" is not a URL/],
];

/** The node's hostile credential with its address field set to `address`. */
function withAddress(node: NodeName, address: string) {
	const type = CREDENTIAL_TYPE[node];
	const credentials = hostileCredentials(api.url)[node] as Record<
		string,
		ICredentialDataDecryptedObject
	>;
	return { [type]: { ...credentials[type], [FIELD[node].name]: address + FIELD[node].path } };
}

/** The refusal: names the credential's field, says what is wrong and how to fix it; never shows the URL's password. */
function expectRefusal(node: NodeName, message: string | undefined, problem: RegExp) {
	expect(message).toMatch(FIELD[node].label);
	expect(message).toMatch(problem);
	if (!/not a URL/.test(String(message)))
		expect(message).toMatch(/must be https, or http on a loopback/);
	expect(message).toMatch(/\. (Set it to|It is meant for the sandbox)/);
	expect(message).not.toContain(PASSWORD);
}

describe('hardening › credential addresses that are not https or loopback http', () => {
	for (const [what, address, problem] of ADDRESSES) {
		describe(what, () => {
			const value = () => address(api.url, api.port);

			// Continue On Fail too for the first address: the refusal is the item's error, nothing sent.
			const tolerantAlso = what === ADDRESSES[0][0];
			it.each(rows(CASES))('%s: refused naming the field; nothing sent', async (_n, c) => {
				counts.operationRuns += 1;
				const plain = await runCase(c, withAddress(c.node, value()));
				expect(plain.items).toEqual([]);
				expectRefusal(c.node, plain.error?.message, problem);
				if (tolerantAlso) {
					counts.operationRuns += 1;
					const tolerant = await runCase(c, withAddress(c.node, value()), {
						items: [{ n: 0 }, { n: 1 }],
						continueOnFail: true,
					});
					expect(tolerant.items).toHaveLength(2);
					for (const item of tolerant.items)
						expectRefusal(c.node, String(item.json.error), problem);
				}
				expect(arrived()).toEqual([]);
			});

			it.each(NODES)(
				"the %s trigger's poll: refused naming the field; nothing sent",
				async (node) => {
					counts.polls += 1;
					let message: string | undefined;
					await pollWith(node, withAddress(node, value())).catch((e: Error) => {
						message = e.message;
					});
					expectRefusal(node, message, problem);
					expect(arrived()).toEqual([]);
				},
			);

			it.each(NODES)('every %s picker: refused naming the field; nothing sent', async (node) => {
				const pickers = await pickersOf(node);
				expect(pickers.length).toBeGreaterThan(0);
				for (const method of pickers) {
					counts.pickerRuns += 1;
					let message: string | undefined;
					await pickWith(node, method, withAddress(node, value())).catch((e: Error) => {
						message = e.message;
					});
					expectRefusal(node, message, problem);
				}
				expect(arrived()).toEqual([]);
			});

			it.each(NODES)(
				'the %s credential test: refused naming the field; nothing sent',
				async (node) => {
					counts.credentialTests += 1;
					const type = CREDENTIAL_TYPE[node];
					const result = await testCredential(type, withAddress(node, value())[type]);
					expect(result.status).toBe('Error');
					expectRefusal(node, result.message, problem);
					expect(arrived()).toEqual([]);
				},
			);

			it("the SHOPLINE Webhook Trigger's subscription: refused naming the field; nothing sent", async () => {
				const { error } = await hookMethod(
					shoplineWebhookWith(withAddress('shopline', value()).shoplineApi),
					'create',
				);
				expectRefusal('shopline', error?.message, problem);
				expect(arrived()).toEqual([]);
			});
		});
	}

	describe('a SHOPLINE store handle that could steer the token (the override points at a live server)', () => {
		const HANDLES = ['evil.example#', 'x.attacker.example/', 'store@evil.example', 'Store'];
		it.each(HANDLES)(
			'handle %p: every operation, the trigger and the credential test refuse it',
			async (handle) => {
				const credentials = {
					shoplineApi: { ...hostileCredentials(api.url).shopline.shoplineApi, handle },
				};
				for (const c of CASES.filter((k) => k.node === 'shopline')) {
					counts.operationRuns += 1;
					const { error } = await runCase(c, credentials);
					expect(error?.message).toMatch(/^SHOPLINE credential: store handle ".*" is not valid/);
				}
				await expect(pollWith('shopline', credentials)).rejects.toThrow(/store handle/);
				expect((await testCredential('shoplineApi', credentials.shoplineApi)).message).toMatch(
					/store handle/,
				);
				expect(arrived()).toEqual([]);
			},
		);
	});

	describe('what stays allowed, and where the key may go', () => {
		it.each(NODES)(
			'%s: loopback http (the sandbox) still reaches the API from every operation',
			async (node) => {
				for (const c of CASES.filter((k) => k.node === node)) {
					api.seen = [];
					await runCase(c, hostileCredentials(api.url)[node]);
					expect(api.seen.length).toBeGreaterThan(0);
					expect(String(api.seen[0].headers.authorization)).toMatch(/^Bearer /);
				}
			},
		);

		type Authenticate = (
			c: ICredentialDataDecryptedObject,
			r: IHttpRequestOptions,
		) => Promise<IHttpRequestOptions>;
		const LIVE: Record<NodeName, [ICredentialDataDecryptedObject, string]> = {
			fulfillbot: [
				{ apiKey: 'sk-live-check', baseUrl: 'https://api.fulfillbot.com/api/v1/open' },
				'https://api.fulfillbot.com/api/v1/open',
			],
			s2: [
				{ accessToken: 's2-live-check', baseUrl: 'https://api.s2sell.io' },
				'https://api.s2sell.io',
			],
			shopline: [
				{ handle: 'open001', accessToken: 'sl-live-check', apiVersion: 'v20260301' },
				'https://open001.myshopline.com/admin/openapi/v20260301',
			],
		};
		it.each(NODES)(
			'%s: https to the API is signed; the same credential aimed at another origin (e.g. in the HTTP Request node) is refused',
			async (node) => {
				const { credentialTypes } = await loadPackage();
				const authenticate = credentialTypes[CREDENTIAL_TYPE[node]].authenticate as Authenticate;
				const [credentials, base] = LIVE[node];
				const signed = await authenticate(credentials, { baseURL: base, url: '/x' });
				expect(String(signed.headers?.Authorization)).toMatch(/^Bearer .*-check$/);
				await expect(authenticate(credentials, { url: 'https://evil.example/x' })).rejects.toThrow(
					/refusing to send the .* to https:\/\/evil\.example; it may only go to https:\/\//,
				);
				await expect(
					authenticate(credentials, { baseURL: base.replace('https:', 'http:'), url: '/x' }),
				).rejects.toThrow(/refusing to send/);
			},
		);
	});
});
