import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { testCredential } from '../support/engine';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox();

describe('FulfillbotApi credential', () => {
	it('test request: GET /user/profile with the Bearer key → Connection successful', async () => {
		const result = await testCredential('fulfillbotApi', {
			apiKey: FULFILLBOT_KEYS.all,
			baseUrl: sandbox.fulfillbotBaseUrl,
		});

		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [entry] = await sandbox.journal('fulfillbot');
		expect(entry).toMatchObject({
			method: 'GET',
			path: '/user/profile',
			status: 200,
			principal: 'all',
		});
		expect(entry.headers.authorization).toBe('Bearer sk-***');
	});

	// The verdict wording below is n8n 2.8's own (NodeApiError's default for the status).
	it('a wrong key fails (401)', async () => {
		const result = await testCredential('fulfillbotApi', {
			apiKey: 'sk-wrong',
			baseUrl: sandbox.fulfillbotBaseUrl,
		});

		expect(result).toEqual({
			status: 'Error',
			message: 'Authorization failed - please check your credentials',
		});
		expect((await sandbox.journal('fulfillbot'))[0].status).toBe(401);
	});

	it('a key without profile:read fails (403)', async () => {
		const result = await testCredential('fulfillbotApi', {
			apiKey: FULFILLBOT_KEYS.productsCart,
			baseUrl: sandbox.fulfillbotBaseUrl,
		});

		expect(result).toEqual({
			status: 'Error',
			message: 'Forbidden - perhaps check your credentials?',
		});
		expect((await sandbox.journal('fulfillbot'))[0].status).toBe(403);
	});
});
