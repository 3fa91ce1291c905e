import type { INodeExecutionData } from 'n8n-workflow';

import { testCredential } from '../support/engine';
import { pickersOf } from '../support/pickers';
import { hookMethod } from '../support/webhook';
import { hostileCredentials, type Answer } from './hostile';
import { NODES, recordCounts } from './support';
import {
	CASES,
	CREDENTIAL_TYPE,
	hostileForFile,
	pickWith,
	pollWith,
	rows,
	runCase,
	shoplineWebhookWith,
	type Case,
} from './table';

/*
 * Issue 21, item 5: an answer nested 10,000 deep once made every operation fail with "Maximum call
 * stack size exceeded" (the secret-masking walk recursed). The walk now uses a work list and refuses
 * an answer deeper than 100 levels with an error that says so: over every operation (plain and
 * Continue On Fail; a create's error says it may or may not have been created), each trigger, each
 * picker, the SHOPLINE webhook subscription and each credential test. An answer 90 levels deep, more
 * than any real record, still passes through whole, so a bound set too low fails here too.
 */

jest.setTimeout(120_000);

const api = hostileForFile();

const counts = { operationRuns: 0, polls: 0, pickerRuns: 0 };
afterAll(() => recordCounts('deep-answers', counts));

const TOO_DEEP = /The API's answer nests deeper than 100 levels, so it was not read/;

/** `{"data":{"data":…1…}}`, `levels` objects deep (the key every envelope of the three APIs reads). */
const deepObject = (levels: number) => '{"data":'.repeat(levels) + '1' + '}'.repeat(levels);
/** `[[[…1…]]]`, `levels` arrays deep. */
const deepArray = (levels: number) => '['.repeat(levels) + '1' + ']'.repeat(levels);

const json = (status: number, body: string) => (): Answer => ({
	status,
	headers: { 'content-type': 'application/json' },
	body,
});
const ANSWERS: Array<[string, () => Answer]> = [
	['a 200 of objects 10,000 deep', json(200, deepObject(10_000))],
	['a 200 of arrays 10,000 deep', json(200, deepArray(10_000))],
	['a 500 of objects 10,000 deep', json(500, deepObject(10_000))],
];

const hostile = (c: Pick<Case, 'node'>) => hostileCredentials(api.url)[c.node];
const create = (c: Case) => c.resource.replace(/[A-Z]/g, (l) => ` ${l.toLowerCase()}`);

/** How deep an item's json nests (iteratively: the value may be deep). */
function depthOf(value: unknown): number {
	let deepest = 0;
	const work: Array<[unknown, number]> = [[value, 0]];
	for (let next = work.pop(); next; next = work.pop()) {
		const [v, depth] = next;
		deepest = Math.max(deepest, depth);
		if (v && typeof v === 'object')
			for (const inner of Object.values(v)) work.push([inner, depth + 1]);
	}
	return deepest;
}

describe('hardening › answers nested too deep', () => {
	for (const [what, answer] of ANSWERS) {
		it.each(rows(CASES))(
			`${what}: %s fails saying so (plain and Continue On Fail)`,
			async (_n, c) => {
				counts.operationRuns += 2;
				api.answer = answer;
				const plain = await runCase(c, hostile(c));
				const tolerant = await runCase(c, hostile(c), {
					items: [{ n: 0 }, { n: 1 }],
					continueOnFail: true,
				});

				expect(plain.items).toEqual([]);
				expect(plain.error?.name).toBe('NodeApiError');
				expect(plain.error?.message).not.toMatch(/call stack/);
				expect(tolerant.error).toBeUndefined();
				expect(tolerant.items.map((i: INodeExecutionData) => i.pairedItem)).toEqual([
					{ item: 0 },
					{ item: 1 },
				]);
				const texts = [plain.error?.message, ...tolerant.items.map((i) => String(i.json.error))];
				if (c.moneyMoving) {
					// The API may have acted on the create: the error names it and says so; it was sent once per item.
					const status = what.includes('500')
						? 'HTTP 500'
						: 'HTTP 200 with a body that nests deeper';
					for (const text of texts) {
						expect(text).toContain(create(c));
						expect(text).toContain(status);
					}
					expect(String((plain.error as { description?: unknown }).description)).toMatch(
						/may or may not have been created/,
					);
					expect(api.seen.filter((s) => s.method === c.method)).toHaveLength(3);
					if (what.includes('500')) expect(plain.error?.message).toMatch(TOO_DEEP);
				} else {
					for (const text of texts) expect(text).toMatch(TOO_DEEP);
				}
			},
		);
	}

	it.each(rows(CASES))('an answer 90 levels deep passes through whole: %s', async (_n, c) => {
		counts.operationRuns += 1;
		api.answer = json(200, deepObject(90));
		const { items, error } = await runCase(c, hostile(c));
		expect(error?.message ?? '').not.toMatch(/nests deeper|call stack/);
		// Fulfillbot unwraps `data`; S2 and SHOPLINE keep the envelope: the record is 88-90 levels deep.
		if (!error && items.length) expect(depthOf(items[0].json)).toBeGreaterThanOrEqual(85);
	});

	for (const [what, answer] of ANSWERS) {
		it.each(NODES)(`${what}: the %s trigger's first poll fails saying so`, async (node) => {
			counts.polls += 1;
			api.answer = answer;
			await expect(pollWith(node, hostile({ node }))).rejects.toMatchObject({
				name: 'NodeApiError',
				message: expect.stringMatching(TOO_DEEP),
			});
		});

		it.each(NODES)(`${what}: every %s picker fails saying so`, async (node) => {
			api.answer = answer;
			const pickers = await pickersOf(node);
			expect(pickers.length).toBeGreaterThan(0);
			for (const method of pickers) {
				counts.pickerRuns += 1;
				await expect(pickWith(node, method, hostile({ node }))).rejects.toMatchObject({
					message: expect.stringMatching(TOO_DEEP),
				});
			}
		});

		it(`${what}: the SHOPLINE Webhook Trigger's activation fails saying so`, async () => {
			api.answer = answer;
			const { error } = await hookMethod(
				shoplineWebhookWith(hostileCredentials(api.url).shopline.shoplineApi),
				'checkExists',
			);
			expect(error?.message).toMatch(TOO_DEEP);
		});

		it.each(NODES)(
			`${what}: the %s credential test ends without a stack overflow`,
			async (node) => {
				api.answer = answer;
				const type = CREDENTIAL_TYPE[node];
				const result = await testCredential(type, hostile({ node })[type as never]);
				// n8n's tester reads only the status; the answer reached it and nothing overflowed.
				expect(api.seen).toHaveLength(1);
				expect(result.message).not.toMatch(/call stack/);
				expect(result.status).toBe(what.includes('500') ? 'Error' : 'OK');
			},
		);
	}
});
