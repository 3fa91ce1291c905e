// Polling-trigger workflows run for real: publish, n8n start, wait for executions, stop.
import { sleep } from './common.mjs';
import { publishWorkflow } from './n8nCli.mjs';
import { startN8n } from './server.mjs';
import { listExecutions, workflowStaticData } from './executions.mjs';

/**
 * Run a polling-trigger workflow for real: `publish:workflow`, `n8n start` (activation polls once at once),
 * wait until `minExecutions` finished executions of it exist (or `timeoutMs`; a poll that finds nothing
 * records no execution), stop n8n. Call it again on the same folder to simulate a restart (the cursor persists).
 * Resolves { executions (all finished ones of this workflow so far), staticData, output, durationMs }.
 */
export async function runPollingWorkflow({
	userFolder,
	id,
	version,
	env,
	minExecutions = 1,
	timeoutMs = 60_000,
}) {
	const { byId, output, durationMs } = await runPollingWorkflows({
		userFolder,
		ids: [id],
		version,
		env,
		minExecutions: { [id]: minExecutions },
		timeoutMs,
	});
	return { ...byId[id], output, durationMs };
}

/**
 * Several polling workflows in ONE n8n process (one start costs ~10 s): publish each, start n8n, wait
 * until every workflow has at least `minExecutions[id]` finished executions (default 0: just the
 * activation polls) or `timeoutMs`, stop n8n. Resolves { byId: {id: {executions, staticData}}, output, durationMs }.
 */
export async function runPollingWorkflows({
	userFolder,
	ids,
	version,
	env,
	minExecutions = {},
	timeoutMs = 60_000,
	settleMs = 3_000,
}) {
	const started = Date.now();
	for (const id of ids) await publishWorkflow({ userFolder, id, version, env });
	const n8n = await startN8n({ userFolder, version, env });
	const finished = async (id) =>
		(await listExecutions({ userFolder, workflowId: id, version })).filter(
			(e) => !['new', 'running', 'waiting'].includes(e.status),
		);
	const byId = {};
	try {
		const until = Date.now() + timeoutMs;
		// Activation polls once at once; give the polls that emit nothing time to finish too.
		await sleep(settleMs);
		for (;;) {
			let done = true;
			for (const id of ids) {
				byId[id] = { executions: await finished(id) };
				if (byId[id].executions.length < (minExecutions[id] ?? 0)) done = false;
			}
			if (done || Date.now() > until) break;
			await sleep(500);
		}
	} finally {
		await n8n.stop();
	}
	for (const id of ids) byId[id].staticData = await workflowStaticData({ userFolder, id, version });
	return { byId, output: n8n.output(), durationMs: Date.now() - started };
}
