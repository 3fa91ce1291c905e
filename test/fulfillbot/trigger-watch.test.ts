import type { IDataObject } from 'n8n-workflow';

import type { FulfillbotReader } from '../../nodes/Fulfillbot/trigger/reader';
import { pollFulfillbot } from '../../nodes/Fulfillbot/trigger/watch';
import { deepFrozen } from '../support/frozen';

/**
 * The pure core's contract (nodes/<Api>/trigger/watch.ts): state in, state out. pollFulfillbot never
 * writes to the state it is given (it is frozen here), the state it returns is the next poll's input,
 * and items come out of the core already shaped, with no n8n in between.
 */
const orders: IDataObject[] = [];
const reader: FulfillbotReader = {
	page: async (path, page, limit, status) => {
		const list = path === '/orders' ? orders : [];
		const listed = [...list].reverse().filter((o) => !status || o.status === status);
		return { items: listed.slice((page - 1) * limit, page * limit), total: listed.length };
	},
	order: async (orderNo) => orders.find((o) => o.orderNo === orderNo),
	warn: (message) => {
		throw new Error(`unexpected warning: ${message}`);
	},
};
const order = (n: number, status: string) =>
	orders.push({ orderNo: `ORD-${n}`, status, createdAt: `2026-05-01T00:00:0${n}Z` });

describe('Fulfillbot Trigger › pure core (watch.ts): state in, state out', () => {
	it('each poll reads a frozen state and returns the next one; the budget leaves the next list in `resume`', async () => {
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
});
