import type { IDataObject } from 'n8n-workflow';

import { hostileCredentials, type Seen } from './hostile';
import { recordCounts, type NodeName } from './support';
import { hostileForFile, listPage, PAGED_CASES, pickWith, pollWith, rows, runCase } from './table';

/*
 * Issue 21, item 8e: paging that goes round in circles with DIFFERENT records each time, so that only
 * the check meant for it can stop the walk (the identical-page check cannot):
 *
 * - SHOPLINE (cursor paging): the API hands out cursors p1 → p2 → p1, fresh records on every page.
 *   Return All of every SHOPLINE list and the SHOPLINE trigger stop at the repeated cursor.
 * - Fulfillbot and S2 (page numbers, offsets: the client makes the cursor, so only the pages can go
 *   round): the API ignores the page and alternates pages A, B, A, … while claiming a million records.
 *   Return All of every list, the triggers and S2's list pickers stop at the first page seen before.
 *
 * After 12 requests the hostile API ends the list, so a walk without the check finishes "successfully"
 * (and fails the test) instead of running to the 10,000-page cap.
 */

jest.setTimeout(60_000);

const api = hostileForFile();

const counts = { listRuns: 0, polls: 0, pickerRuns: 0 };
afterAll(() => recordCounts('paging-cycles', counts));

const GIVE_UP = 12;

/** 100 records (a full page) with ids from `tag`, shaped so that every trigger reads them as news. */
const records = (tag: string): IDataObject[] =>
	Array.from({ length: 100 }, (_, i) => ({
		id: `${tag}-${i}`,
		orderNo: `${tag}-${i}`,
		status: 'pending',
		updated_at: '2026-03-01T00:00:00+08:00',
		updatedAt: '2026-03-01T00:00:00Z',
		createdAt: '2026-03-01T00:00:00Z',
	}));

/** SHOPLINE: first page → p1, p1 → p2, p2 → p1; every page's records are new. */
function cyclingCursors(request: Seen) {
	const n = api.seen.length;
	const cursor = new URL(request.url, api.url).searchParams.get('page_info');
	const next = n >= GIVE_UP ? undefined : cursor === 'p1' ? 'p2' : 'p1';
	return listPage('shopline', api.url, records(`r${n}`), undefined, next);
}

/** Fulfillbot / S2: whatever page is asked for, A, B, A, B, … of a list of 1,000,000. */
const alternatingPages = (node: NodeName) => () => {
	const n = api.seen.length;
	if (n >= GIVE_UP) return listPage(node, api.url, records('last').slice(0, 1), 1_000_000);
	return listPage(node, api.url, records(n % 2 ? 'A' : 'B'), 1_000_000);
};

const CURSOR =
	/The API's paging went wrong: the API handed out the same next-page cursor twice \(p1\)/;
const CIRCLE =
	/The API's paging went wrong: page 3 was the same as page 1, so its pages go round in circles/;

describe('hardening › paging that goes round in circles', () => {
	const shopline = PAGED_CASES.filter((c) => c.node === 'shopline');
	const numbered = PAGED_CASES.filter((c) => c.node !== 'shopline');

	it('the list operations are found in the description', () => {
		expect(shopline.length).toBeGreaterThanOrEqual(2);
		expect(numbered.length).toBeGreaterThanOrEqual(12);
	});

	it.each(rows(shopline))(
		'cursors p1 → p2 → p1: Return All of %s stops at the repeated cursor',
		async (_n, c) => {
			counts.listRuns += 1;
			api.answer = cyclingCursors;
			const { error } = await runCase(c, hostileCredentials(api.url)[c.node], {
				parameters: { returnAll: true },
			});
			expect(error?.message).toMatch(CURSOR);
			expect(api.seen.map((s) => new URL(s.url, api.url).searchParams.get('page_info'))).toEqual([
				null,
				'p1',
				'p2',
			]);
		},
	);

	it('cursors p1 → p2 → p1: the SHOPLINE trigger fails the poll at the repeated cursor', async () => {
		counts.polls += 1;
		api.answer = cyclingCursors;
		await expect(pollWith('shopline', hostileCredentials(api.url).shopline)).rejects.toThrow(
			CURSOR,
		);
		expect(api.seen.length).toBeLessThanOrEqual(4);
	});

	it.each(rows(numbered))(
		'pages A, B, A: Return All of %s stops at the page seen before',
		async (_n, c) => {
			counts.listRuns += 1;
			api.answer = alternatingPages(c.node);
			const { error } = await runCase(c, hostileCredentials(api.url)[c.node], {
				parameters: { returnAll: true },
			});
			expect(error?.message).toMatch(CIRCLE);
			expect(api.seen).toHaveLength(3);
		},
	);

	it.each(['fulfillbot', 's2'] as NodeName[])(
		'pages A, B, A: the %s trigger fails the poll instead of going round',
		async (node) => {
			counts.polls += 1;
			api.answer = alternatingPages(node);
			await expect(pollWith(node, hostileCredentials(api.url)[node])).rejects.toThrow(CIRCLE);
		},
	);

	it.each(['getAccounts', 'getProducts'])(
		'pages A, B, A: the S2 picker %s fails instead of going round',
		async (method) => {
			counts.pickerRuns += 1;
			api.answer = alternatingPages('s2');
			await expect(pickWith('s2', method, hostileCredentials(api.url).s2)).rejects.toThrow(CIRCLE);
			expect(api.seen).toHaveLength(3);
		},
	);
});
