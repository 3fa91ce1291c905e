/**
 * The crash test's workflows: one per polling trigger, the trigger followed by an HTTP Request node that
 * POSTs every item of the execution to the recorder in one request.
 *
 * n8n refuses a poll time under a minute (a cron whose seconds field is not a plain number: n8n-core
 * `activatePolling` in 2.8.x, n8n-workflow `isSubMinuteCron` in 2.40), so the fast poll is a list of
 * once-a-minute crons at different seconds: `0 * * * * *`, `3 * * * * *`, … is a poll every 3 s.
 */
import { SANDBOX_CREDENTIALS } from '../e2e/support/examples';
import type { Api } from './changes';

const PACKAGE = 'n8n-nodes-fulfillment';

export const TRIGGER_NODE = 'Trigger';

const TRIGGERS: Record<
	Api,
	{ type: string; credential: keyof typeof SANDBOX_CREDENTIALS; parameters: object }
> = {
	fulfillbot: {
		type: 'fulfillbotTrigger',
		credential: 'fulfillbotApi',
		parameters: { events: ['shippingOrderStatusChanged'] },
	},
	s2: {
		type: 's2Trigger',
		credential: 's2Api',
		// Every open order's details in each poll, so the poll after a change is the one that reads it.
		parameters: { events: ['fulfillmentStatusChanged'], requestsPerPoll: 100 },
	},
	shopline: {
		type: 'shoplineTrigger',
		credential: 'shoplineApi',
		parameters: { events: ['orderFinancialStatusChanged'] },
	},
};

export const workflowId = (api: Api) => `crash${api.padEnd(12, 'x')}`.slice(0, 16);

export function crashWorkflow(api: Api, recorderUrl: string, pollSeconds: number) {
	const t = TRIGGERS[api];
	const seconds: number[] = [];
	for (let s = 0; s < 60; s += pollSeconds) seconds.push(s);
	return {
		id: workflowId(api),
		name: `Crash test ${api}`,
		nodes: [
			{
				id: `${api}-trigger`,
				name: TRIGGER_NODE,
				type: `${PACKAGE}.${t.type}`,
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					...t.parameters,
					pollTimes: {
						item: seconds.map((s) => ({ mode: 'custom', cronExpression: `${s} * * * * *` })),
					},
				},
				credentials: { [t.credential]: SANDBOX_CREDENTIALS[t.credential] },
			},
			{
				id: `${api}-record`,
				name: 'Record',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [220, 0],
				executeOnce: true,
				parameters: {
					method: 'POST',
					url: `${recorderUrl}/record`,
					sendBody: true,
					specifyBody: 'json',
					jsonBody:
						'={{ JSON.stringify({ workflow: $workflow.id, execution: $execution.id, items: $input.all().map(i => i.json) }) }}',
					options: {},
				},
			},
		],
		connections: {
			[TRIGGER_NODE]: { main: [[{ node: 'Record', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}
