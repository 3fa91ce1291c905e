import { useSandbox } from '../support/sandbox';
import { hostileCredentials, startHostile, type HostileServer } from './hostile';
import { API_OF, credentialsFor, recordCounts } from './support';
import { CASES, pacedCreates, rows, runCase, type Case } from './table';

/*
 * Money-moving creates (issue 21, item 8): every create the pack sends at most once, found from the
 * built descriptions (the operations whose routing hands the request to the paced create), each:
 *
 * - meets a connection dropped after the API read the whole request (sandbox fault `drop`), and one
 *   reset before the body was read (`reset`; the client cannot tell the two apart): the error says the
 *   record may or may not have been created, names it, never n8n's generic "retry" advice; sent once
 *   per item, plain and with Continue On Fail;
 * - is refused before anything is sent when the node has Retry On Fail on;
 * - when one item of a run is refused, names the items of the same run already created (and says
 *   when there are none).
 */

const sandbox = useSandbox();
jest.setTimeout(60_000);

let api: HostileServer;
beforeAll(async () => {
	api = await startHostile();
});
afterAll(async () => api?.close());
beforeEach(() => {
	api.seen = [];
});

const counts = { creates: 0, dropRuns: 0, retryRuns: 0, partialRuns: 0 };
afterAll(() => recordCounts('creates', counts));

const CREATES = CASES.filter((c) => c.moneyMoving);
counts.creates = CREATES.length;

/** The record a create makes, in the words its errors use: purchaseOrder → "purchase order". */
const what = (c: Case) => c.resource.replace(/[A-Z]/g, (l) => ` ${l.toLowerCase()}`);
const API_NAME = { fulfillbot: 'Fulfillbot', s2: 'S2', shopline: 'SHOPLINE' } as const;

/** n8n's own hints for a dropped connection, some of which suggest sending again. */
const GENERIC = /retry the request|perhaps it is offline|try again later|is the server running/i;

describe('hardening › money-moving creates', () => {
	it('the table marks exactly the operations whose routing is the paced create (sent at most once)', () => {
		const paced = pacedCreates();
		expect(CREATES.map((c) => c.name).sort()).toEqual(paced.sort());
		expect(CREATES.length).toBeGreaterThanOrEqual(5);
	});

	describe('a connection closed without an answer: "may or may not have been created", sent once per item', () => {
		for (const kind of ['drop', 'reset'] as const) {
			const when = kind === 'drop' ? 'after the API read the request' : 'before the body was read';
			it.each(rows(CREATES))(`${kind} (${when}): %s`, async (_n, c) => {
				counts.dropRuns += 2;
				await sandbox.fault({
					api: API_OF[c.node],
					method: c.method,
					path: c.path,
					count: 3,
					kind,
				});
				const credentials = credentialsFor(sandbox, c.node);
				const [plain, tolerant] = await Promise.all([
					runCase(c, credentials),
					runCase(c, credentials, { items: [{ n: 0 }, { n: 1 }], continueOnFail: true }),
				]);

				const message = `${API_NAME[c.node]} did not answer the request to create the ${what(c)}`;
				expect(plain.items).toEqual([]);
				expect(plain.error?.name).toBe('NodeApiError');
				expect(plain.error?.message).toBe(message);
				const description = String((plain.error as { description?: unknown }).description);
				expect(description).toMatch(
					new RegExp(
						`^The ${what(c)} may or may not have been created \\(.+\\)\\. It was sent once and will not be re-sent`,
					),
				);
				expect(`${plain.error?.message} ${description}`).not.toMatch(GENERIC);
				expect(tolerant.items.map((i) => [i.pairedItem, i.json.error])).toEqual([
					[{ item: 0 }, message],
					[{ item: 1 }, message],
				]);

				const sent = (await sandbox.journal(API_OF[c.node])).filter(
					(e) => e.method === c.method && e.path === c.path,
				);
				expect(sent.map((e) => [e.fault, e.status])).toEqual(Array(3).fill([kind, null]));
				// `drop` read the whole body before closing (the API could have acted on it); `reset` read none.
				for (const e of sent) expect(e.body === null).toBe(kind === 'reset');
			});
		}
	});

	describe('Retry On Fail on: refused before anything is sent', () => {
		it.each(rows(CREATES))('%s', async (_n, c) => {
			counts.retryRuns += 1;
			const run = await runCase(c, credentialsFor(sandbox, c.node), {
				items: [{ n: 0 }, { n: 1 }],
				retryOnFail: true,
			});
			expect(run.items).toEqual([]);
			expect(run.error?.message).toBe(`"Retry On Fail" is on: the ${what(c)} was not sent`);
			expect(String((run.error as { description?: unknown }).description)).toMatch(
				/runs the whole node again, every item, .* would be created twice\. Turn it off/,
			);
			expect(await sandbox.journal(API_OF[c.node])).toEqual([]);
		});
	});

	describe('a run that stops part-way names what its other items created', () => {
		/** A create the API accepts, in an envelope each node reads: the record's id is REC-<arrival>. */
		const created = (n: number) => {
			const record = { id: `REC-${n}` };
			return JSON.stringify({ data: record, fulfillment: record, ...record });
		};
		const refusal = JSON.stringify({ message: 'Refused by the API', errors: 'Refused by the API' });
		/** Requests arriving `refused` (1-based) are answered 422; the others create REC-<arrival>. */
		const answering = (refused: number[]) => {
			let arrival = 0;
			api.answer = () => {
				arrival += 1;
				return refused.includes(arrival)
					? { status: 422, headers: { 'content-type': 'application/json' }, body: refusal }
					: {
							status: 201,
							headers: { 'content-type': 'application/json' },
							body: created(arrival),
						};
			};
		};

		it.each(rows(CREATES))(
			'3 items, the second to arrive refused: %s lists the other two',
			async (_n, c) => {
				counts.partialRuns += 1;
				answering([2]);
				const run = await runCase(c, hostileCredentials(api.url)[c.node], {
					items: [{ n: 0 }, { n: 1 }, { n: 2 }],
				});
				expect(api.seen.filter((s) => s.method === c.method)).toHaveLength(3);
				expect((run.error as { httpCode?: string } | undefined)?.httpCode).toBe('422');
				const description = String((run.error as { description?: unknown }).description);
				const listed =
					/Already created in this run \(do not send these items again\): item (\d) → id (REC-\d), item (\d) → id (REC-\d)\.$/.exec(
						description,
					);
				expect(listed).not.toBeNull();
				const [, first, firstId, second, secondId] = listed!;
				expect([firstId, secondId].sort()).toEqual(['REC-1', 'REC-3']);
				expect(new Set([first, second]).size).toBe(2);
				expect(Number(first) < Number(second)).toBe(true);
			},
		);

		it.each(rows(CREATES))('1 item, refused: %s says nothing else was created', async (_n, c) => {
			counts.partialRuns += 1;
			answering([1]);
			const run = await runCase(c, hostileCredentials(api.url)[c.node]);
			expect((run.error as { httpCode?: string } | undefined)?.httpCode).toBe('422');
			expect(String((run.error as { description?: unknown }).description)).toMatch(
				new RegExp(`No ${what(c)} was created by the other items of this run\\.$`),
			);
		});

		it.each(rows(CREATES))(
			'Continue On Fail: %s gives each item its own outcome, no list',
			async (_n, c) => {
				counts.partialRuns += 1;
				answering([2]);
				const run = await runCase(c, hostileCredentials(api.url)[c.node], {
					items: [{ n: 0 }, { n: 1 }, { n: 2 }],
					continueOnFail: true,
				});
				expect(run.error).toBeUndefined();
				const outcomes = run.items.map((i) => (i.json.error ? 'error' : String(i.json.id)));
				expect(outcomes.filter((o) => o === 'error')).toHaveLength(1);
				expect(outcomes.filter((o) => o !== 'error').sort()).toEqual(['REC-1', 'REC-3']);
				const errors = run.items.map((i) => String(i.json.error ?? '')).join(' ');
				expect(errors).not.toMatch(/Already created/);
			},
		);
	});
});
