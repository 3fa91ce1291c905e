/**
 * Benchmark 3: node overhead in the real n8n: 1,000 items through our "get" operations vs n8n's HTTP Request
 * node making the same calls with the same credential.
 */
import { SHOPLINE, startSandbox } from '../../sandbox/src';
import {
	manualWorkflow,
	PACKAGE_NAME,
	RealN8n,
	type ExecuteResult,
	type WorkflowNode,
} from '../../test/e2e/support/n8n';
import { fanOutNode, shoplineHeaderCredential } from '../n8nNodes';
import { sandboxClient, type Api } from '../sandboxClient';
import { fmt, median, progress, RATE_LIMITS_OFF, RUNS, seconds, table, verdict } from './common';

export interface OverheadCase {
	label: string;
	ours: string;
	http: string;
	oursMs: number[];
	httpMs: number[];
	oursWallMs: number[];
	httpWallMs: number[];
}

export const FANOUT = 1000;
/** What happened when n8n's HTTP Request node used the SHOPLINE credential as "Predefined Credential Type". */
let shoplinePredefined = 'not run';
export const shoplinePredefinedResult = () => shoplinePredefined;

/**
 * The node's executionTime from the execution n8n saved. `n8n execute --rawOutput` prints the same
 * run, but its logger does not always flush a large one (1,000 items) before the CLI exits.
 */
function nodeTime(result: { run: ExecuteResult['run'] }, node: string): number {
	const runData = (
		result.run as {
			data?: { resultData?: { runData?: Record<string, Array<{ executionTime?: number }>> } };
		} | null
	)?.data?.resultData?.runData;
	const time = runData?.[node]?.[0]?.executionTime;
	if (typeof time !== 'number') throw new Error(`no executionTime for ${node}`);
	return time;
}

export async function overhead(): Promise<OverheadCase[]> {
	const sandbox = await startSandbox({ port: 0, rateLimits: RATE_LIMITS_OFF });
	const ctl = sandboxClient(sandbox);
	const creds = ctl.credentials();
	const n8n = await RealN8n.create();
	try {
		await n8n.importCredentials([
			{
				id: 'benchFulfillbot1',
				name: 'Bench Fulfillbot',
				type: 'fulfillbotApi',
				data: creds.fulfillbotApi,
			},
			{
				id: 'benchShopline01',
				name: 'Bench SHOPLINE',
				type: 'shoplineApi',
				data: creds.shoplineApi,
			},
			shoplineHeaderCredential('benchSlHeader01', 'Bench SHOPLINE header'),
		]);
		const fanout = fanOutNode(FANOUT);
		const fb = { fulfillbotApi: { id: 'benchFulfillbot1', name: 'Bench Fulfillbot' } };
		const sl = { shoplineApi: { id: 'benchShopline01', name: 'Bench SHOPLINE' } };
		const http = (
			url: string,
			credentialType: string,
			credential: Record<string, { id: string; name: string }>,
		): WorkflowNode => ({
			name: 'Under Test',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.4,
			parameters: {
				method: 'GET',
				url,
				authentication: 'predefinedCredentialType',
				nodeCredentialType: credentialType,
				options: {},
			},
			credentials: credential,
		});
		const slUrl = `${creds.shoplineApi.baseUrlOverride}/admin/openapi/${SHOPLINE.version}/orders/count.json`;
		const workflows = {
			// Pacing off (Rate Limit → Pace Requests): the sandbox runs without limits, as for a key with a much higher one.
			benchFbProfile01: {
				name: 'Under Test',
				type: `${PACKAGE_NAME}.fulfillbot`,
				typeVersion: 1,
				parameters: { resource: 'profile', operation: 'get', rateLimit: { pace: false } },
				credentials: fb,
			},
			benchFbHttp00001: http(`${creds.fulfillbotApi.baseUrl}/user/profile`, 'fulfillbotApi', fb),
			benchSlCount0001: {
				name: 'Under Test',
				type: `${PACKAGE_NAME}.shopline`,
				typeVersion: 1,
				parameters: { resource: 'order', operation: 'count', rateLimit: { pace: false } },
				credentials: sl,
			},
			// Fallback baseline, used only if the SHOPLINE credential refuses the HTTP Request node's
			// requests (as it did before it read the legacy `uri`): the same header via Header Auth.
			benchSlHttp00001: {
				name: 'Under Test',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.4,
				parameters: {
					method: 'GET',
					url: slUrl,
					authentication: 'genericCredentialType',
					genericAuthType: 'httpHeaderAuth',
					options: {},
				},
				credentials: { httpHeaderAuth: { id: 'benchSlHeader01', name: 'Bench SHOPLINE header' } },
			},
			benchSlHttpPred1: http(slUrl, 'shoplineApi', sl),
		} satisfies Record<string, WorkflowNode>;
		await n8n.importWorkflows(
			Object.entries(workflows).map(([id, node]) =>
				manualWorkflow(id, [fanout, node], `bench ${id}`),
			),
		);

		// First, once: does the HTTP Request node work with "Predefined Credential Type" → SHOPLINE API?
		await ctl.clearJournal();
		await n8n.execute('benchSlHttpPred1');
		const predefined = (await n8n.executions('benchSlHttpPred1')).pop();
		const predefinedSent = (await ctl.journal('shopline')).length;
		shoplinePredefined =
			predefined?.status === 'success'
				? `works (${predefinedSent} requests)`
				: `fails${predefinedSent ? ` after ${predefinedSent} requests` : ' before any request'}: "${String(predefined?.error?.message ?? 'unknown error')}"`;
		progress(`  HTTP Request node + predefined SHOPLINE credential: ${shoplinePredefined}`);
		const slPredefined = predefined?.status === 'success';
		const cases: OverheadCase[] = [
			{
				label: 'Fulfillbot Profile → Get (GET /user/profile)',
				ours: 'benchFbProfile01',
				http: 'benchFbHttp00001',
				oursMs: [],
				httpMs: [],
				oursWallMs: [],
				httpWallMs: [],
			},
			{
				label: `SHOPLINE Order → Count (GET orders/count.json)${slPredefined ? '' : '; HTTP Request with Header Auth'}`,
				ours: 'benchSlCount0001',
				http: slPredefined ? 'benchSlHttpPred1' : 'benchSlHttp00001',
				oursMs: [],
				httpMs: [],
				oursWallMs: [],
				httpWallMs: [],
			},
		];
		const api: Record<string, Api> = {
			benchFbProfile01: 'fulfillbot',
			benchFbHttp00001: 'fulfillbot',
			benchSlCount0001: 'shopline',
			benchSlHttp00001: 'shopline',
			benchSlHttpPred1: 'shopline',
		};
		for (let run = 1; run <= RUNS; run++) {
			for (const c of cases) {
				for (const side of ['ours', 'http'] as const) {
					const id = c[side];
					await ctl.clearJournal();
					const result = await n8n.execute(id);
					const sent = (await ctl.journal(api[id])).filter((e) => e.status === 200).length;
					const saved = (await n8n.executions(id)).pop();
					const out = saved?.outputs['Under Test']?.length ?? 0;
					if (
						result.code !== 0 ||
						!saved ||
						saved.status !== 'success' ||
						out !== FANOUT ||
						sent !== FANOUT
					) {
						throw new Error(
							`${id} run ${run}: exit ${result.code}, saved ${saved?.status} with ${out} items, ${sent} requests answered 200\n${JSON.stringify(saved?.error ?? result.error)}\n${result.stderr.slice(-2000)}`,
						);
					}
					c[`${side}Ms`].push(nodeTime(saved, 'Under Test'));
					c[`${side}WallMs`].push(result.durationMs);
				}
			}
			progress(`  real n8n run ${run}/${RUNS} done`);
		}
		return cases;
	} finally {
		await n8n.dispose();
		await sandbox.close();
	}
}

export function overheadTable(cases: OverheadCase[]): string {
	return table(
		[
			'Calls',
			'Our node (median)',
			'HTTP Request node (median)',
			'Ratio',
			'Goal',
			'Verdict',
			'Our node, each run',
			'HTTP Request, each run',
			'`n8n execute` wall, ours / HTTP (median)',
		],
		cases.map((c) => {
			const ratio = median(c.oursMs) / median(c.httpMs);
			return [
				c.label,
				`${fmt(Math.round(median(c.oursMs)))} ms`,
				`${fmt(Math.round(median(c.httpMs)))} ms`,
				`${ratio.toFixed(2)}×`,
				'≤ 1.05×',
				verdict(ratio <= 1.05),
				c.oursMs.map((m) => fmt(m)).join(', '),
				c.httpMs.map((m) => fmt(m)).join(', '),
				`${seconds(median(c.oursWallMs))} / ${seconds(median(c.httpWallMs))}`,
			];
		}),
	);
}

export function overheadSection(overheadTableText: string): string[] {
	return [
		'## 3. Node overhead in real n8n',
		'',
		`Real n8n 2.8.4 (\`n8n execute\`, one user folder): Manual Trigger → Code node (fans out ${fmt(FANOUT)} items) → the node`,
		"under test, which makes one request per item to the sandbox (rate limits off). Ours vs n8n's HTTP Request node",
		'(v4.4) making the same calls with "Predefined Credential Type" and the same credential (should the SHOPLINE',
		'credential refuse the HTTP Request node, as checked once below, its baseline falls back to a Header Auth',
		"credential sending the same `Authorization` header). The timed figure is the node's own `executionTime`",
		`in the execution n8n saved; median of ${RUNS} runs, the four workflows interleaved. The whole \`n8n execute\``,
		'process time (start-up included) is shown for reference. Report only: no goal is asserted.',
		'',
		overheadTableText,
		'',
		`HTTP Request node with "Predefined Credential Type" → SHOPLINE API (same calls, 1,000 items): ${shoplinePredefined}`,
		'',
	];
}
