import type { IDataObject } from 'n8n-workflow';

import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { runNode } from '../support/engine';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox();

const PROFILE = {
	id: 1001,
	username: 'sandbox_user',
	email: 'sandbox.user@example.com',
	avatar: 'https://example.com/avatars/sandbox_user.png',
	language: 'en',
	createdAt: '2024-01-01T00:00:00Z',
};

function getProfile(
	apiKey: string,
	extra: { items?: IDataObject[]; continueOnFail?: boolean } = {},
) {
	return runNode({
		type: 'fulfillbot',
		parameters: { resource: 'profile', operation: 'get' },
		credentials: { fulfillbotApi: { apiKey, baseUrl: sandbox.fulfillbotBaseUrl } },
		...extra,
	});
}

describe('Fulfillbot › Profile › Get', () => {
	it('returns the profile unwrapped from {"data": ...} and sends exactly GET /user/profile with the Bearer key', async () => {
		const { items, error } = await getProfile(FULFILLBOT_KEYS.all);

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([PROFILE]);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		const journal = await sandbox.journal('fulfillbot');
		expect(journal).toHaveLength(1);
		expect(journal[0]).toMatchObject({
			method: 'GET',
			path: '/user/profile',
			query: {},
			body: null,
			status: 200,
			principal: 'all',
		});
		expect(journal[0].headers).toMatchObject({
			authorization: 'Bearer sk-***',
			accept: 'application/json',
		});
	});

	it('a trailing slash on the base URL does not change the path', async () => {
		const { items } = await runNode({
			type: 'fulfillbot',
			parameters: { resource: 'profile', operation: 'get' },
			credentials: {
				fulfillbotApi: { apiKey: FULFILLBOT_KEYS.all, baseUrl: `${sandbox.fulfillbotBaseUrl}/` },
			},
		});
		expect(items.map((i) => i.json)).toEqual([PROFILE]);
		expect((await sandbox.journal('fulfillbot')).map((e) => e.path)).toEqual(['/user/profile']);
	});

	it('runs once per input item and pairs each output with its input', async () => {
		const { items } = await getProfile(FULFILLBOT_KEYS.all, {
			items: [{ n: 1 }, { n: 2 }, { n: 3 }],
		});

		expect(items).toHaveLength(3);
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(await sandbox.journal('fulfillbot')).toHaveLength(3);
	});

	describe('errors carry the API message, never the key', () => {
		it('401: "Invalid API Key" with a hint about the credential', async () => {
			const badKey = 'sk-not-a-real-key-9999';
			const { items, error } = await getProfile(badKey);

			expect(items).toEqual([]);
			expect(error?.name).toBe('NodeApiError');
			expect(error?.message).toBe('Invalid API Key');
			expect(error?.description).toMatch(/start with "sk-"/);
			expect((error as { httpCode?: string }).httpCode).toBe('401');
			expect(JSON.stringify(error)).not.toContain(badKey);
			expect((await sandbox.journal('fulfillbot'))[0]).toMatchObject({
				status: 401,
				principal: null,
			});
		});

		it('403: the scope message as the API words it ("Required: profile:read. Your key has: ...")', async () => {
			const { error } = await getProfile(FULFILLBOT_KEYS.productsCart);

			expect(error?.message).toBe(
				'Insufficient scope. Required: profile:read. Your key has: products:read, cart:read',
			);
			expect(error?.description).toMatch(/scope/);
			expect(JSON.stringify(error)).not.toContain(FULFILLBOT_KEYS.productsCart);
		});

		it('429: the API message plus when the key’s limit resets (from X-RateLimit-Reset)', async () => {
			await sandbox.config({ rateLimits: { fulfillbot: { limit: 1, windowSeconds: 60 } } });
			// Another consumer of the key spends the window; the node would wait 60 s, past Max Wait (1 s).
			await fetch(`${sandbox.fulfillbotBaseUrl}/user/profile`, {
				headers: { Authorization: `Bearer ${FULFILLBOT_KEYS.all}` },
			});
			const { error } = await runNode({
				type: 'fulfillbot',
				parameters: { resource: 'profile', operation: 'get', rateLimit: { maxWait: 1 } },
				credentials: {
					fulfillbotApi: { apiKey: FULFILLBOT_KEYS.all, baseUrl: sandbox.fulfillbotBaseUrl },
				},
			});

			expect(error?.message).toMatch(/^Rate limit exceeded\. Try again in \d+s$/);
			expect(error?.description).toMatch(/would pass Rate Limit → Max Wait \(1 s\)/);
			expect(error?.description).toMatch(
				/\(1 requests per minute for this key\) resets at \d{4}-\d\d-\d\dT[\d:.]+Z/,
			);
			expect(error?.description).not.toMatch(/Retry On Fail|Batching/);
			expect((await sandbox.journal('fulfillbot')).map((e) => e.status)).toEqual([200, 429]);
		});

		it('500: a NodeApiError with the API message, after exactly one request (no hidden retries)', async () => {
			await sandbox.fault({
				api: 'fulfillbot',
				path: '/user/profile',
				kind: 'status',
				status: 500,
			});
			const { error } = await getProfile(FULFILLBOT_KEYS.all);

			expect(error?.name).toBe('NodeApiError');
			expect((error as { httpCode?: string }).httpCode).toBe('500');
			expect(await sandbox.journal('fulfillbot')).toHaveLength(1);
		});

		it('continueOnFail: failed items become error items paired with their input, good items pass', async () => {
			await sandbox.fault({
				api: 'fulfillbot',
				path: '/user/profile',
				kind: 'status',
				status: 500,
				count: 1,
			});
			const { items, error } = await getProfile(FULFILLBOT_KEYS.all, {
				items: [{}, {}],
				continueOnFail: true,
			});

			expect(error).toBeUndefined();
			expect(items).toHaveLength(2);
			const failed = items.filter((i) => i.json.error);
			const passed = items.filter((i) => !i.json.error);
			expect(failed).toHaveLength(1);
			expect(passed.map((i) => i.json)).toEqual([PROFILE]);
			expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		});
	});
});
