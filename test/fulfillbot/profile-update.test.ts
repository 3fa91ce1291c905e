import type { INodeParameters } from 'n8n-workflow';

import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { useSandbox } from '../support/sandbox';
import { fulfillbotTestKit } from './support';

const sandbox = useSandbox();
const fb = fulfillbotTestKit(sandbox);

const updateProfile = (updateFields: INodeParameters, apiKey?: string) =>
	fb.run('profile', 'update', { updateFields }, { apiKey });

describe('Fulfillbot › Profile › Update', () => {
	it('sends only the fields set, as PUT /user/profile, and returns the updated profile', async () => {
		const { items, error } = await updateProfile({ username: ' new_name ', language: 'de' });

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{
				id: 1001,
				username: 'new_name',
				email: 'sandbox.user@example.com',
				avatar: 'https://example.com/avatars/sandbox_user.png',
				language: 'de',
				createdAt: '2024-01-01T00:00:00Z',
			},
		]);
		const journal = await sandbox.journal('fulfillbot');
		expect(journal).toHaveLength(1);
		expect(journal[0]).toMatchObject({
			method: 'PUT',
			path: '/user/profile',
			query: {},
			body: { username: 'new_name', language: 'de' },
			status: 200,
		});
	});

	it('the change is visible to Profile › Get afterwards', async () => {
		await updateProfile({ email: 'changed@example.com', avatar: '' });
		const { items } = await fb.run('profile', 'get');
		expect(items[0].json).toMatchObject({ email: 'changed@example.com', avatar: '' });
		expect((await sandbox.journal('fulfillbot'))[0].body).toEqual({
			email: 'changed@example.com',
			avatar: '',
		});
	});

	describe('bad input is refused before any request', () => {
		it.each([
			[{}, /^Update Fields: is empty$/],
			[{ username: '   ' }, /^Update Fields › username: is empty$/],
			[{ email: 'not-an-email' }, /^Update Fields › email: is not an email address/],
		])('%j', async (fields, message) => {
			const { items, error } = await updateProfile(fields);
			expect(items).toEqual([]);
			// RoutingNode re-wraps a preSend error as NodeApiError; the message and fix are kept.
			expect(error?.description).toBeTruthy();
			expect(error?.message).toMatch(message);
			expect(await sandbox.journal('fulfillbot')).toEqual([]);
		});
	});

	it('403 with a read-only key: the API’s scope message', async () => {
		const { error } = await updateProfile({ language: 'fr' }, FULFILLBOT_KEYS.readOnly);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(
			/^Insufficient scope\. Required: profile:write\. Your key has: /,
		);
		expect((error as { httpCode?: string }).httpCode).toBe('403');
		expect((await sandbox.journal('fulfillbot')).map((e) => [e.method, e.path, e.status])).toEqual([
			['PUT', '/user/profile', 403],
		]);
	});
});
