import type { IDataObject } from 'n8n-workflow';

import { EVENTS } from '../../nodes/S2/trigger/events';
import type { S2State } from '../../nodes/S2/trigger/reader';
import { pollS2 } from '../../nodes/S2/trigger/watch';
import { deepFrozen } from '../support/frozen';
import { FakeS2 } from './trigger-support';

/**
 * The pure core's contract (nodes/<Api>/trigger/watch.ts): state in, state out. pollS2 never writes to
 * the state it is given (it is frozen here), and what a poll must hand to the next one (the activation's
 * baseline `activatedAt`, the orders left for later, the rotation) travels in the state it returns.
 */
describe('S2 Trigger › pure core (watch.ts): state in, state out', () => {
	it('an activation that reads one order a poll keeps its baseline in the returned state until every order was read', async () => {
		const s2 = new FakeS2(true);
		const orders = [0, 1, 2].map(() => s2.createOrder(false));
		for (const order of orders) s2.createFulfillment(order, 1, false);
		const options = {
			events: [EVENTS.fulfillmentStatusChanged],
			filters: { orderStatuses: [], assignStatuses: [], fulfillmentStatuses: [] },
			budget: 2, // the order list, then one order's details
			minDetailReads: 1,
		};

		let { items, state } = await pollS2(s2, deepFrozen({}), options);
		expect(items).toEqual([]);
		expect(typeof state.activatedAt).toBe('string');
		// After activation, the fulfillment of the order read last (ids in turn: o1 first) moves on.
		const last = orders[2];
		s2.advanceFulfillment(last, last.fulfillments[0], false);

		const emitted: IDataObject[] = [];
		const states: S2State[] = [state];
		for (let poll = 0; poll < 3; poll++) {
			({ items, state } = await pollS2(s2, deepFrozen(state), options));
			emitted.push(...items);
			states.push(state);
		}
		expect(emitted).toEqual([
			expect.objectContaining({
				event: EVENTS.fulfillmentStatusChanged,
				previousStatus: null, // it existed at activation, and its order was not read then
				id: last.fulfillments[0].id,
				status: 'PENDING',
				orderId: last.id,
			}),
		]);
		// The baseline stays while orders the activation did not read remain, and goes with the last of them.
		expect(states.map((s) => s.activatedAt !== undefined)).toEqual([true, true, false, false]);
	});
});
