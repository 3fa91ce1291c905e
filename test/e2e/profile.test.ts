/**
 * End to end in the pinned real n8n: the built package linked into a fresh N8N_USER_FOLDER, credentials and
 * workflows imported with the n8n CLI, `n8n execute --id --rawOutput` against the sandbox (in this process).
 */
import {
	FULFILLBOT_KEYS,
	startSandbox,
	type JournalEntry,
	type RunningSandbox,
} from '../../sandbox/src';
import { RealN8n, manualWorkflow, PACKAGE_NAME } from './support/n8n';

// First run on a fresh clone installs n8n (minutes); each n8n CLI call then costs a few seconds.
jest.setTimeout(600_000);

const WRONG_KEY = 'sk-e2e-wrong-key-7f3a9c21d8';

describe('Fulfillbot Profile → Get in real n8n', () => {
	let sandbox: RunningSandbox;
	let n8n: RealN8n;
	let fulfillbotBase: string;

	const journal = async (): Promise<JournalEntry[]> => {
		const res = await fetch(`${sandbox.url}/__sandbox/journal?api=fulfillbot`);
		return (await res.json()) as JournalEntry[];
	};
	const lastSeq = async () => Math.max(0, ...(await journal()).map((e) => e.seq));
	const profileNode = (credentialId: string, credentialName: string) => ({
		name: 'Get Profile',
		type: `${PACKAGE_NAME}.fulfillbot`,
		typeVersion: 1,
		parameters: { resource: 'profile', operation: 'get' },
		credentials: { fulfillbotApi: { id: credentialId, name: credentialName } },
	});

	beforeAll(async () => {
		n8n = await RealN8n.create();
		sandbox = await startSandbox({ port: 0 });
		fulfillbotBase = `${sandbox.url}/fulfillbot/api/v1/open`;
		await n8n.importCredentials([
			{
				id: 'e2eFulfillbotOk1',
				name: 'Sandbox Fulfillbot',
				type: 'fulfillbotApi',
				data: { apiKey: FULFILLBOT_KEYS.all, baseUrl: fulfillbotBase },
			},
			{
				id: 'e2eFulfillbotBad',
				name: 'Wrong key',
				type: 'fulfillbotApi',
				data: { apiKey: WRONG_KEY, baseUrl: fulfillbotBase },
			},
		]);
		await n8n.importWorkflows([
			manualWorkflow('e2eProfileGetOk1', [profileNode('e2eFulfillbotOk1', 'Sandbox Fulfillbot')]),
			manualWorkflow('e2eProfileGetBad', [profileNode('e2eFulfillbotBad', 'Wrong key')]),
		]);
	});

	afterAll(async () => {
		await sandbox?.close();
		await n8n?.dispose();
	});

	it('outputs the sandbox profile and sends exactly one authorized GET /user/profile', async () => {
		const since = await lastSeq();
		const res = await n8n.execute('e2eProfileGetOk1');
		const sent = (await journal()).filter((e) => e.seq > since);

		if (!res.ok) throw new Error(`execution failed:\n${res.stdout}\n${res.stderr}`);
		expect(res.lastNodeExecuted).toBe('Get Profile');

		const direct = await fetch(`${fulfillbotBase}/user/profile`, {
			headers: { authorization: `Bearer ${FULFILLBOT_KEYS.all}` },
		});
		const { data: profile } = (await direct.json()) as { data: Record<string, unknown> };
		expect(profile).toEqual(
			expect.objectContaining({
				id: expect.anything(),
				username: expect.any(String),
				email: expect.any(String),
			}),
		);
		expect(res.outputs['Get Profile']).toEqual([profile]);

		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({
			api: 'fulfillbot',
			method: 'GET',
			status: 200,
			principal: 'all',
		});
		expect(sent[0].path).toBe('/user/profile');
		expect(sent[0].headers.authorization).toBe('Bearer sk-***');
	});

	it('surfaces "Invalid API Key" for a wrong key without printing the key', async () => {
		const since = await lastSeq();
		const res = await n8n.execute('e2eProfileGetBad');
		const sent = (await journal()).filter((e) => e.seq > since);

		expect(res.ok).toBe(false);
		expect(res.code).not.toBe(0);
		expect(res.lastNodeExecuted).toBe('Get Profile');
		const everything = `${res.stdout}\n${res.stderr}`;
		expect(everything).toMatch(/Invalid API Key/i);
		expect(JSON.stringify(res.error)).toMatch(/Invalid API Key/i);
		expect(everything).not.toContain(WRONG_KEY);
		expect(everything).not.toContain(WRONG_KEY.slice(3));

		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({ method: 'GET', status: 401 });
		expect(sent[0].headers.authorization).toBe('Bearer sk-***');
	});
});
