import { collectPages, type Cursor } from '../../nodes/shared/transport/paging';

function api(count: number, withTotal = true) {
	const calls: Array<[number, number]> = [];
	const records = Array.from({ length: count }, (_, i) => ({ n: i + 1 }));
	const fetchPage = async ({ page }: Cursor, size: number) => {
		calls.push([page, size]);
		return {
			records: records.slice((page - 1) * size, page * size),
			total: withTotal ? count : undefined,
		};
	};
	return { calls, fetchPage };
}

describe('shared page walking', () => {
	it('Limit 101 over 250 records: pages 1 and 2 at size 100, truncated to exactly records 1..101', async () => {
		const { calls, fetchPage } = api(250);
		const out = await collectPages(101, 100, fetchPage);
		expect(out.map((r) => r.n)).toEqual(Array.from({ length: 101 }, (_, i) => i + 1));
		expect(calls).toEqual([
			[1, 100],
			[2, 100],
		]);
	});

	it('Return All stops at total: 200 records = 2 requests, no empty third page', async () => {
		const { calls, fetchPage } = api(200);
		expect(await collectPages(Infinity, 100, fetchPage)).toHaveLength(200);
		expect(calls).toEqual([
			[1, 100],
			[2, 100],
		]);
	});

	it('without a total, a short page ends the walk', async () => {
		const { calls, fetchPage } = api(150, false);
		expect(await collectPages(Infinity, 100, fetchPage)).toHaveLength(150);
		expect(calls).toHaveLength(2);
	});

	it('a small Limit asks for a small page', async () => {
		const { calls, fetchPage } = api(50);
		expect(await collectPages(3, 100, fetchPage)).toHaveLength(3);
		expect(calls).toEqual([[1, 3]]);
	});
});
