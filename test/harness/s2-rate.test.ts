/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * A 429 storm on S2, through the real engine against the sandbox with an (undocumented) S2 limit: a
 * fixed window per token answered with 429 + `Retry-After: 1`. S2 documents no limit, so the node
 * learns the rate it is granted from the answers; 200 reads in one node run must all succeed with
 * fewer than 10% of the requests answered 429 (counted in the sandbox journal). Wall times and the
 * ratio to the floor the limit sets are in `npm run bench:volume`, not asserted here.
 */
import path from 'node:path';

import { S2, type JournalEntry } from '../../sandbox/src';
import { runNode } from '../support/engine';
import { perWindow } from '../support/rateWindows';
import { useSandbox } from '../support/sandbox';

const READS = 200;
const sandbox = useSandbox();

const credentials = () => ({
	s2Api: { accessToken: S2.token, organizationId: S2.orgA, baseUrl: sandbox.s2BaseUrl },
});

/** The credential's budget in the module instance the engine loaded (dist), as n8n would hold it. */
async function learnedRate(): Promise<number | undefined> {
	const mod = (await import(
		path.resolve(__dirname, '../../dist/nodes/shared/rate/registry.js')
	)) as {
		budgetFor(
			api: string,
			identity: string[],
			model: () => { kind: 'learned' },
		): {
			learnedRate: number | undefined;
		};
	};
	return mod.budgetFor('s2', [sandbox.s2BaseUrl, S2.token, S2.orgA], () => ({ kind: 'learned' }))
		.learnedRate;
}

async function reads(): Promise<{ error: unknown; items: number; sent: JournalEntry[] }> {
	const run = await runNode({
		type: 's2',
		parameters: { resource: 'inventory', operation: 'getOverview' },
		credentials: credentials(),
		items: Array.from({ length: READS }, (_, i) => ({ i })),
	});
	const sent = (await sandbox.journal('s2')).filter((e) => e.path === '/inventory/overview');
	return { error: run.error, items: run.items.length, sent };
}

describe('S2 › a limit S2 does not document (429 + Retry-After: 1): the rate is learned, not stormed', () => {
	for (const limit of [10, 5, 20]) {
		it(
			`${READS} reads against ${limit} a second: all succeed, under 10% of the requests answered 429`,
			async () => {
				await sandbox.reset({ rateLimits: { s2: { limit, windowSeconds: 1 } } });
				const { error, items, sent } = await reads();

				expect(error).toBeUndefined();
				expect(items).toBe(READS);
				expect(sent.filter((e) => e.status === 200)).toHaveLength(READS);
				const limited = sent.filter((e) => e.status === 429).length;
				// The limit was met (so the learning ran), and its 429s stayed few.
				expect(limited).toBeGreaterThan(0);
				expect(limited / sent.length).toBeLessThan(0.1);
				// It learned about the granted rate: not far above it, and not a crawl below it.
				expect(await learnedRate()).toBeGreaterThan(limit * 0.5);
				expect(await learnedRate()).toBeLessThanOrEqual(limit * 1.1);
			},
			(READS / limit) * 1000 * 3 + 30_000,
		);
	}

	it(`${READS} reads with no limit: no 429, no rate invented, each read sent once`, async () => {
		await sandbox.reset({ rateLimits: { s2: null } });
		const { error, items, sent } = await reads();

		expect(error).toBeUndefined();
		expect(items).toBe(READS);
		expect(sent).toHaveLength(READS);
		expect(sent.every((e) => e.status === 200)).toBe(true);
		expect(await learnedRate()).toBeUndefined();
		// Nothing spaced them: the sandbox's own 1-second counting finds far more in a second than any
		// pace a default would invent (10 a second would put 10 in each).
		expect(Math.max(...perWindow(sent, 1000))).toBeGreaterThan(50);
	});
});
