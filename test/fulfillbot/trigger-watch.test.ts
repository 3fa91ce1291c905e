import type { IDataObject } from 'n8n-workflow';

import type { FulfillbotReader } from '../../nodes/Fulfillbot/trigger/reader';
import { pollFulfillbot } from '../../nodes/Fulfillbot/trigger/watch';
import { deepFrozen } from '../support/frozen';

/**
 * The pure core's contract (nodes/<Api>/trigger/watch.ts): state in, state out. pollFulfillbot never
 * writes to the state it is given (it is frozen here), the state it returns is the next poll's input,
 * and items come out of the core already shaped, with no n8n in between.
 */
/** An in-memory Fulfillbot with purchase orders only; `beforePage` runs before each page is served. */
function fakeFulfillbot() {
	const orders: IDataObject[] = [];
	const api = {
		orders,
		beforePage: undefined as ((status?: string) => void) | undefined,
		order: (n: number, status: string) =>
			orders.push({ orderNo: `ORD-${n}`, status, createdAt: `2026-05-01T00:00:0${n}Z` }),
		reader: {
			page: async (path, page, limit, status) => {
				api.beforePage?.(status);
				const list = path === '/orders' ? orders : [];
				const listed = [...list].reverse().filter((o) => !status || o.status === status);
				return { items: listed.slice((page - 1) * limit, page * limit), total: listed.length };
			},
			order: async (orderNo) => orders.find((o) => o.orderNo === orderNo),
			warn: (message) => {
				throw new Error(`unexpected warning: ${message}`);
			},
		} as FulfillbotReader,
	};
	return api;
}

describe('Fulfillbot Trigger › pure core (watch.ts): state in, state out', () => {
	it('each poll reads a frozen state and returns the next one; the budget leaves the next list in `resume`', async () => {
		const { orders, order, reader } = fakeFulfillbot();
		order(1, 'pending');
		order(2, 'paid');
		const events = ['purchaseOrderStatusChanged', 'purchaseOrderCreated', 'packageArrived'];
		const options = { events, statuses: [], pageSize: 2 };

		const first = await pollFulfillbot(reader, deepFrozen({}), options);
		expect(first.items).toEqual([]);
		expect(Object.keys(first.state).sort()).toEqual(['packages', 'purchaseOrders']);

		orders[0].status = 'paid';
		order(3, 'pending');
		// A budget of 1: purchase orders spend it (the newest page, then the first open list, `pending`: the
		// scan goes on at the next poll), and packages wait for the next poll, which starts with them.
		const second = await pollFulfillbot(reader, deepFrozen(first.state), { ...options, budget: 1 });
		expect(second.items).toEqual([
			{
				event: 'purchaseOrderCreated',
				previousStatus: null,
				orderNo: 'ORD-3',
				status: 'pending',
				createdAt: '2026-05-01T00:00:03Z',
			},
		]);
		expect(second.state.resume).toBe('packages');
		expect(second.state.packages).toEqual(first.state.packages);

		// The scan reaches `paid`: ORD-1's move comes now, once.
		const third = await pollFulfillbot(reader, deepFrozen(second.state), options);
		expect(third.items).toEqual([
			{
				event: 'purchaseOrderStatusChanged',
				previousStatus: 'pending',
				orderNo: 'ORD-1',
				status: 'paid',
				createdAt: '2026-05-01T00:00:01Z',
			},
		]);
		expect(third.state.resume).toBeUndefined();
		expect((await pollFulfillbot(reader, deepFrozen(third.state), options)).items).toEqual([]);
	});

	it('orders created while the newest pages are walked push older new ones a page down: each is still reported once', async () => {
		// Found by the property test (seed -1853629801): a record listed twice after such a shift was counted
		// twice against the list's growth, the walk ended one page early, and ORD-1 was never reported.
		const api = fakeFulfillbot();
		// A budget of 3 requests: the open lists' scan (which would also find ORD-1) goes on over the next polls.
		const options = { events: ['purchaseOrderCreated'], statuses: [], pageSize: 1, budget: 3 };
		let { state } = await pollFulfillbot(api.reader, deepFrozen({}), options);
		api.order(1, 'pending');
		let newestPages = 0;
		api.beforePage = (status) => {
			if (status) return;
			newestPages++;
			if (newestPages === 1) api.order(2, 'pending');
			if (newestPages === 2) api.order(3, 'pending'); // page 2 now shows ORD-2 again
		};
		const reported: unknown[] = [];
		for (let poll = 0; poll < 4; poll++) {
			const outcome = await pollFulfillbot(api.reader, deepFrozen(state), options);
			reported.push(...outcome.items.map((i) => i.orderNo));
			state = outcome.state;
		}
		expect(reported.sort()).toEqual(['ORD-1', 'ORD-2', 'ORD-3']);
	});
});
