import type { IDataObject, INodeExecutionData, INodeType, IPollFunctions } from 'n8n-workflow';

import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { poll, registerTestNodeType } from '../support/engine';
import { useSandbox } from '../support/sandbox';

/**
 * A test-only polling node that exercises what the harness must carry for real triggers: static
 * data across polls, the credential's authenticate on requests, activation and mode. It counts
 * its polls, fetches the profile once per poll, and emits on odd polls only.
 */
class PollProbe implements INodeType {
	description = {
		displayName: 'Poll Probe',
		name: 'pollProbe',
		group: ['trigger'],
		version: 1,
		description: 'test only',
		defaults: { name: 'Poll Probe' },
		polling: true,
		inputs: [],
		outputs: ['main'],
		credentials: [{ name: 'fulfillbotApi', required: true }],
		properties: [],
	} as unknown as INodeType['description'];

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const state = this.getWorkflowStaticData('node');
		const polls = ((state.polls as number) ?? 0) + 1;
		state.polls = polls;
		const { baseUrl } = await this.getCredentials<{ baseUrl: string }>('fulfillbotApi');
		const profile = (await this.helpers.httpRequestWithAuthentication.call(this, 'fulfillbotApi', {
			url: `${baseUrl}/user/profile`,
			json: true,
		})) as { data: IDataObject };
		const event = {
			polls,
			mode: this.getMode(),
			activation: this.getActivationMode(),
			username: profile.data.username,
		};
		return polls % 2 === 1 ? [[{ json: event }]] : null;
	}
}

const PROBE = registerTestNodeType('pollProbe', new PollProbe());
const sandbox = useSandbox();

describe('engine harness › poll()', () => {
	const credentials = () => ({
		fulfillbotApi: { apiKey: FULFILLBOT_KEYS.all, baseUrl: sandbox.fulfillbotBaseUrl },
	});

	it('carries static data between polls (as n8n persists it) and emits only when poll() returns items', async () => {
		const first = await poll({ type: PROBE, parameters: {}, credentials: credentials() });
		const second = await poll({
			type: PROBE,
			parameters: {},
			credentials: credentials(),
			staticData: first.staticData,
		});
		const third = await poll({
			type: PROBE,
			parameters: {},
			credentials: credentials(),
			staticData: second.staticData,
		});

		expect(first.items?.map((i) => i.json)).toEqual([
			{ polls: 1, mode: 'trigger', activation: 'activate', username: 'sandbox_user' },
		]);
		expect(second.items).toBeNull();
		expect(third.items?.map((i) => i.json)).toEqual([
			{ polls: 3, mode: 'trigger', activation: 'init', username: 'sandbox_user' },
		]);
		expect(third.staticData).toEqual({ 'node:Trigger under test': { polls: 3 } });
	});

	it("each poll's request goes over HTTP with the credential applied", async () => {
		await poll({ type: PROBE, parameters: {}, credentials: credentials() });

		const journal = await sandbox.journal('fulfillbot');
		expect(journal).toHaveLength(1);
		expect(journal[0]).toMatchObject({ method: 'GET', path: '/user/profile', principal: 'all' });
		expect(journal[0].headers.authorization).toBe('Bearer sk-***');
	});

	it('manual mode ("Fetch Test Event") reports mode manual', async () => {
		const { items } = await poll({
			type: PROBE,
			parameters: {},
			credentials: credentials(),
			mode: 'manual',
		});

		expect(items?.[0].json.mode).toBe('manual');
	});
});
