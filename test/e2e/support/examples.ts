/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * Shared helpers for the e2e tests of the example workflows in examples/*.json:
 *
 *   await n8n.importCredentials(sandboxCredentials(sandbox.url)); // the ids the examples reference
 *   const wf = loadExample('store-order-to-purchase-order');       // the file as shipped, parsed
 *   await n8n.importWorkflows([wf]);
 *
 * Tests load the files instead of copying their content, so what is tested is what users import.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

import { S2, type JournalEntry } from '../../../sandbox/src';
import { fulfillbotCredentialData, shoplineHookCredentialData } from './credentialData';
import {
	REPO_ROOT,
	type CredentialInput,
	type ExecutionRecord,
	type RealN8n,
	type WorkflowInput,
	type WorkflowNode,
} from './n8n';

export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

/** The credentials `npm start` imports (scripts/start.mjs); example files reference these ids and names. */
export const SANDBOX_CREDENTIALS = {
	fulfillbotApi: { id: 'sbxFulfillbot001', name: 'Sandbox Fulfillbot' },
	s2Api: { id: 'sbxS2Api00000001', name: 'Sandbox S2' },
	shoplineApi: { id: 'sbxShopline00001', name: 'Sandbox SHOPLINE' },
} as const;

/** An example file: n8n export JSON (nodes keep their ids, positions, sticky notes). */
export interface ExampleWorkflow extends WorkflowInput {
	id: string;
	active: boolean;
	nodes: Array<WorkflowNode & { id: string; position: [number, number] }>;
}

/** `examples/<name>.json` parsed (the `.json` suffix is optional). */
export function loadExample(name: string): ExampleWorkflow {
	const file = path.join(EXAMPLES_DIR, name.endsWith('.json') ? name : `${name}.json`);
	return JSON.parse(readFileSync(file, 'utf8')) as ExampleWorkflow;
}

/** The three sandbox credentials with the npm-start ids, pointing at the sandbox at `url` (no trailing slash). */
export function sandboxCredentials(url: string): CredentialInput[] {
	const { fulfillbotApi, s2Api, shoplineApi } = SANDBOX_CREDENTIALS;
	return [
		{
			...fulfillbotApi,
			type: 'fulfillbotApi',
			data: fulfillbotCredentialData(url),
		},
		{
			...s2Api,
			type: 's2Api',
			data: { accessToken: S2.token, organizationId: S2.orgA, baseUrl: `${url}/s2` },
		},
		{
			...shoplineApi,
			type: 'shoplineApi',
			data: shoplineHookCredentialData(url),
		},
	];
}

/**
 * A copy of `workflow` whose node `nodeName` (e.g. a Schedule Trigger) is a Manual Trigger with the same
 * name and connections, because `n8n execute` needs one. Tests that use it should say so in a comment.
 */
export function withManualTrigger<T extends WorkflowInput>(workflow: T, nodeName: string): T {
	if (!workflow.nodes.some((n) => n.name === nodeName))
		throw new Error(`${workflow.name} has no node "${nodeName}"`);
	return {
		...workflow,
		nodes: workflow.nodes.map((n) =>
			n.name === nodeName
				? { ...n, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} }
				: n,
		),
	};
}

/** The sandbox's control endpoints, as the example tests drive them (a sandbox started in the test process). */
export function sandboxControl(url: string) {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- whole-state snapshot for assertions
	const state = async (): Promise<any> => (await fetch(`${url}/__sandbox/state`)).json();
	const journal = async (api: string): Promise<JournalEntry[]> =>
		(await fetch(`${url}/__sandbox/journal?api=${api}`)).json() as Promise<JournalEntry[]>;
	const clearJournal = async () => {
		await fetch(`${url}/__sandbox/journal`, { method: 'DELETE' });
	};
	const advance = async (
		api: string,
		kind: string,
		id: string,
	): Promise<Array<{ from: string; to: string }>> => {
		const res = await fetch(`${url}/__sandbox/advance`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ api, kind, id }),
		});
		if (!res.ok) throw new Error(`advance ${api} ${kind} ${id}: ${res.status} ${await res.text()}`);
		return (await res.json()) as Array<{ from: string; to: string }>;
	};
	return { state, journal, clearJournal, advance };
}

/** `n8n execute` of workflow `id`; a failed execution throws with n8n's error and the tail of its output. */
export async function executeOrThrow(n8n: RealN8n, id: string) {
	const res = await n8n.execute(id);
	if (!res.ok)
		throw new Error(
			`execution failed:\n${JSON.stringify(res.error, null, 2)}\n${res.stdout.slice(-3000)}\n${res.stderr.slice(-3000)}`,
		);
	return res;
}

type WithOrders = { fulfillbot: { orders: Array<{ orderNo: unknown }> } };

/** The Fulfillbot purchase orders of sandbox state `after` that state `before` did not have. */
export const newOrders = <T extends WithOrders>(
	after: T,
	before: WithOrders,
): T['fulfillbot']['orders'] =>
	after.fulfillbot.orders.filter(
		(o) => !before.fulfillbot.orders.some((s) => s.orderNo === o.orderNo),
	);

/** One `n8n start` with the workflows `ids` published; waits for these cumulative execution counts; any failed execution throws. */
export async function runTriggers(
	n8n: RealN8n,
	ids: string[],
	minExecutions: Record<string, number> = {},
) {
	const run = await n8n.runPollingMany(ids, { minExecutions, timeoutMs: 90_000 });
	const failed = Object.values(run.byId)
		.flatMap((r) => r.executions)
		.filter((e) => e.status !== 'success');
	if (failed.length)
		throw new Error(
			`failed executions: ${JSON.stringify(
				failed.map((e) => ({ workflowId: e.workflowId, error: e.error })),
				null,
				2,
			)}\n${run.output}`,
		);
	return run;
}

/** Executions per workflow of a run. */
export function executionCounts(
	run: { byId: Record<string, { executions: ExecutionRecord[] }> },
	ids: string[],
): Record<string, number> {
	return Object.fromEntries(ids.map((id) => [id, run.byId[id].executions.length]));
}
