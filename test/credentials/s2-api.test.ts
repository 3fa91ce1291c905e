import { S2 } from '../../sandbox/src';
import { testCredential } from '../support/engine';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox();

describe('S2Api credential', () => {
	it('test request: GET /account?limit=1 with Bearer token and X-S2-Organization', async () => {
		const result = await testCredential('s2Api', {
			accessToken: S2.token,
			organizationId: S2.orgA,
			baseUrl: sandbox.s2BaseUrl,
		});

		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [entry] = await sandbox.journal('s2');
		expect(entry).toMatchObject({
			method: 'GET',
			path: '/account',
			query: { limit: '1' },
			status: 200,
			principal: 'alpha',
		});
		expect(entry.headers.authorization).toBe('Bearer s2-***');
		expect(entry.headers['x-s2-organization']).toBe(S2.orgA);
	});

	it('omits X-S2-Organization when the field is empty (a single-org token still works)', async () => {
		const result = await testCredential('s2Api', {
			accessToken: S2.tokenBetaOnly,
			organizationId: '',
			baseUrl: sandbox.s2BaseUrl,
		});

		expect(result.status).toBe('OK');
		const [entry] = await sandbox.journal('s2');
		expect(entry.headers).not.toHaveProperty('x-s2-organization');
	});

	it('an organization the token is not in fails (403)', async () => {
		const result = await testCredential('s2Api', {
			accessToken: S2.tokenBetaOnly,
			organizationId: S2.orgA,
			baseUrl: sandbox.s2BaseUrl,
		});

		expect(result).toEqual({
			status: 'Error',
			message: 'Forbidden - perhaps check your credentials?',
		});
		expect((await sandbox.journal('s2'))[0].status).toBe(403);
	});

	it('an expired/wrong token fails (401)', async () => {
		const result = await testCredential('s2Api', {
			accessToken: 'expired',
			organizationId: S2.orgA,
			baseUrl: sandbox.s2BaseUrl,
		});

		expect(result).toEqual({
			status: 'Error',
			message: 'Authorization failed - please check your credentials',
		});
	});

	// Pattern boundaries: a mutant without either anchor, or with a loose last group, would send these.
	it.each([
		['trailing text', `${S2.orgA} (Org A)`],
		['leading text', `org ${S2.orgA}`],
		['a 13-digit last group', `${S2.orgA}0`],
		['an 11-digit last group', S2.orgA.slice(0, -1)],
	])('an organization ID with %s is refused before any request', async (_what, organizationId) => {
		const result = await testCredential('s2Api', {
			accessToken: S2.token,
			organizationId,
			baseUrl: sandbox.s2BaseUrl,
		});

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/is not a UUID/);
		expect(await sandbox.journal('s2')).toEqual([]);
	});

	it('a malformed organization ID is refused before any request is sent', async () => {
		const result = await testCredential('s2Api', {
			accessToken: S2.token,
			organizationId: 'org-a',
			baseUrl: sandbox.s2BaseUrl,
		});

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/Organization ID "org-a" is not a UUID/);
		expect(result.message).not.toContain(S2.token);
		expect(await sandbox.journal('s2')).toEqual([]);
	});
});
