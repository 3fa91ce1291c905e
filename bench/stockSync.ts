/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * `npm run bench:stock-sync`: the "Stock sync at 1,000 SKUs" section of bench/results.md.
 *
 * A store of 1,000 one-variant products at one location, and a source (what S2 would report) of 1,000
 * SKUs with random levels, a tenth of them 0. The sync is the stock-sync example's SHOPLINE part, node by
 * node through n8n-core's engine against the sandbox with SHOPLINE's documented bucket ON (40, draining
 * 4 a second; the node's default Rate Limit option): Variant → Find by SKU (1,000 items, one catalog
 * walk), Inventory Level → Get Many (50 items per request), then Inventory Level → Set for each level that
 * differs. Checked afterwards: every store level equals the source, failed items, 429s, and wall time
 * against the floor the bucket sets ((requests − 40) / 4 s). A second run with nothing changed must send
 * reads only.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import {
	generatedCatalog,
	seedState,
	SHOPLINE,
	startSandbox,
	type RunningSandbox,
} from '../sandbox/src';
import { runNode, type NodeRunResult } from '../test/support/engine';
import { forgetRateBudgets } from '../test/support/sandbox';
import { writeResultsSection } from './results';
import { sandboxClient } from './sandboxClient';
import { writeState } from './state';

const RESULTS = path.join(__dirname, 'results.md');
const START = '<!-- stocksync:start -->';
const END = '<!-- stocksync:end -->';
const SKUS = Number(process.env.BENCH_SKUS ?? 1000);
const LOCATION = '5421704248135520001';
const BURST = 40;
const LEAK = 4;
const BATCH = 50;

const say = (text: string) => process.stdout.write(`${text}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const sku = (i: number) => `SYNC-${String(i + 1).padStart(5, '0')}`;

/** A small deterministic generator (mulberry32), so a run can be repeated exactly. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

let sandbox: RunningSandbox;
const sandboxApi = sandboxClient(() => sandbox);
const credentials = () => sandboxApi.credentialsOf('shopline');
const journal = () => sandboxApi.journal('shopline');
const clearJournal = sandboxApi.clearJournal;
const state = () =>
	sandboxApi.state<{
		shopline: {
			catalog: {
				levels: Array<{ inventory_item_id: string; location_id: string; available: number }>;
			};
		};
	}>();

const failed = (result: NodeRunResult) =>
	(result.error ? result.items.length || 1 : 0) + result.items.filter((i) => i.error).length;

interface RunFigures {
	wallMs: number;
	requests: number;
	reads: number;
	writes: number;
	limited: number;
	failedItems: number;
	sets: number;
}

/** One sync: Find by SKU → levels in batches of 50 → Set what differs. */
async function sync(source: Map<string, number>): Promise<RunFigures> {
	await clearJournal();
	const t0 = Date.now();
	const items = [...source.keys()].map((s) => ({ sku: s }));
	const found = await runNode({
		type: 'shopline',
		parameters: {
			resource: 'variant',
			operation: 'findBySku',
			sku: '={{ $json.sku }}',
			notFound: 'skip',
		},
		credentials: credentials(),
		items,
	});
	const itemOfSku = new Map(
		found.items.map((i) => [String(i.json.sku), String(i.json.inventory_item_id)]),
	);
	const ids = [...new Set(itemOfSku.values())];
	const batches: IDataObject[] = [];
	for (let i = 0; i < ids.length; i += BATCH)
		batches.push({ ids: ids.slice(i, i + BATCH).join(',') });
	const levels = await runNode({
		type: 'shopline',
		parameters: {
			resource: 'inventoryLevel',
			operation: 'getAll',
			inventoryItemIds: '={{ $json.ids }}',
			filters: { location_ids: LOCATION },
		},
		credentials: credentials(),
		items: batches,
	});
	const current = new Map(
		levels.items.map((i) => [String(i.json.inventory_item_id), Number(i.json.available)]),
	);
	const changes: IDataObject[] = [];
	for (const [s, wanted] of source) {
		const item = itemOfSku.get(s);
		if (item && current.get(item) !== wanted) changes.push({ item, available: wanted });
	}
	let setFailed = 0;
	if (changes.length) {
		const set = await runNode({
			type: 'shopline',
			parameters: {
				resource: 'inventoryLevel',
				operation: 'set',
				inventoryItemId: '={{ $json.item }}',
				locationId: LOCATION,
				available: '={{ $json.available }}',
			},
			credentials: credentials(),
			items: changes,
			continueOnFail: true,
		});
		setFailed = failed(set);
	}
	const wallMs = Date.now() - t0;
	const sent = await journal();
	return {
		wallMs,
		requests: sent.length,
		reads: sent.filter((e) => e.method === 'GET').length,
		writes: sent.filter((e) => e.method !== 'GET').length,
		limited: sent.filter((e) => e.status === 429).length,
		failedItems: failed(found) + failed(levels) + setFailed,
		sets: changes.length,
	};
}

async function main(): Promise<void> {
	const t0 = Date.now();
	const rand = random(23);
	const source = new Map<string, number>();
	const storeLevels: number[] = [];
	for (let i = 0; i < SKUS; i++) {
		// A tenth of the source is 0 (every SKU whose index ends in 3); the rest 1-60.
		source.set(sku(i), i % 10 === 3 ? 0 : 1 + Math.floor(rand() * 60));
		storeLevels.push(Math.floor(rand() * 61));
	}
	const seeded = seedState();
	seeded.shopline.catalog = {
		...generatedCatalog(SHOPLINE.handle, LOCATION, SKUS, sku, (i) => storeLevels[i]),
		nextSeq: 1,
	};
	const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-stock-'));
	const file = path.join(dir, 'state.json');
	writeState(file, seeded);
	sandbox = await startSandbox({ port: 0, stateFile: file, readOnlyStateFile: true });
	try {
		await fetch(`${sandbox.url}/__sandbox/config`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ rateLimits: { shopline: { burst: BURST, leakPerSecond: LEAK } } }),
		});
		await forgetRateBudgets({ shopline: { burst: BURST, leakPerSecond: LEAK } });
		const zeros = [...source.values()].filter((v) => v === 0).length;
		say(`stock sync: ${SKUS} SKUs (${zeros} at 0), bucket ${BURST} draining ${LEAK}/s`);

		const first = await sync(source);
		const after = await state();
		const atLocation = new Map(
			after.shopline.catalog.levels
				.filter((l) => l.location_id === LOCATION)
				.map((l) => [l.inventory_item_id, l.available]),
		);
		const byItem = new Map(
			generatedCatalog(SHOPLINE.handle, LOCATION, SKUS, sku, () => 0).products.map((p) => [
				p.variants[0].sku,
				p.variants[0].inventory_item_id,
			]),
		);
		const mismatched = [...source].filter(
			([s, wanted]) => atLocation.get(byItem.get(s)!) !== wanted,
		).length;
		const floor1 = (Math.max(0, first.requests - BURST) / LEAK) * 1000;
		say(
			`  run 1: ${first.requests} requests (${first.reads} reads, ${first.writes} sets) in ${secs(first.wallMs)}; floor ${secs(floor1)}; ratio ${(first.wallMs / floor1).toFixed(3)}; ${first.failedItems} failed; ${first.limited} × 429; ${mismatched} levels differ from the source`,
		);

		const second = await sync(source);
		const floor2 = (Math.max(0, second.requests - BURST) / LEAK) * 1000;
		say(
			`  run 2 (nothing changed): ${second.requests} requests (${second.reads} reads, ${second.writes} writes) in ${secs(second.wallMs)}`,
		);

		const walk = Math.ceil(SKUS / 250);
		const reads = Math.ceil(SKUS / BATCH);
		const section = [
			START,
			'## Stock sync at 1,000 SKUs',
			'',
			`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:stock-sync\` (${secs(Date.now() - t0)} in all), in-process through n8n-core's engine against the sandbox with SHOPLINE's documented bucket on (${BURST}, draining ${LEAK}/s; the node's default Rate Limit option). A store of ${SKUS} one-variant products at one location with random levels (0-60); a source of ${SKUS} SKUs with random levels, ${zeros} of them 0. The sync is the SHOPLINE part of examples/s2-stock-to-shopline.json: Variant → Find by SKU (${SKUS} items, one catalog walk: ⌈${SKUS}/250⌉ = ${walk} requests), Inventory Level → Get Many (${BATCH} items per request: ${reads} requests), Inventory Level → Set for each level that differs. Floor = (requests − ${BURST}) / ${LEAK} s, the least time the bucket allows. Goals: every level equal to the source, 0 failed items, 0 unhandled 429s, wall ≤ 1.1 × floor; the unchanged second run reads only.`,
			'',
			'| Run | Requests (reads + sets) | Wall time | Bucket floor | Wall / floor | Failed items | 429s answered | Levels ≠ source after |',
			'|---|---|---|---|---|---|---|---|',
			`| 1: ${first.sets} levels differ | ${first.requests} (${first.reads} + ${first.writes}) | ${secs(first.wallMs)} | ${secs(floor1)} | ${(first.wallMs / floor1).toFixed(3)} | ${first.failedItems} | ${first.limited} | ${mismatched} |`,
			// Run 2 starts the moment run 1 ends, its bucket still empty: its reads wait for it to refill.
			`| 2: nothing changed, right after run 1 | ${second.requests} (${second.reads} + ${second.writes}) | ${secs(second.wallMs)} | ${secs(floor2)} (bucket full); ${secs((second.requests / LEAK) * 1000)} (bucket still empty from run 1) | — | ${second.failedItems} | ${second.limited} | — |`,
			'',
			`Requests per run, by the same arithmetic: 1,000 SKUs = ${walk} + ${reads} reads + one Set per changed level (all changed: ${walk + reads + 1000}, ≈ ${secs(((walk + reads + 1000 - BURST) / LEAK) * 1000)} at 4/s; unchanged: ${walk + reads}, within one burst); 10,000 SKUs = 40 + 200 reads + the changes (unchanged: 240 requests, ≈ 50 s at 4/s; all changed: 10,240, ≈ 42.5 min).`,
			END,
		].join('\n');
		writeResultsSection(RESULTS, START, END, section);
		say(`wrote the "Stock sync" section of ${RESULTS}`);
		if (mismatched || first.failedItems || second.writes) process.exitCode = 1;
	} finally {
		await sandbox.close();
	}
	// n8n-core's engine keeps handles open after the runs; the figures are written, so end here.
	process.exit();
}

main().catch((error) => {
	process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
	process.exitCode = 1;
});
