import { baselineFrom, firstLookSince } from '../../nodes/S2/trigger/baseline';
import { fulfillmentItems, shipmentItems } from '../../nodes/S2/trigger/items';

/**
 * The edges of an order first read after activation (issue 21, item 1); the behaviour itself is proven
 * through n8n-core in trigger-activation.test.ts and over random histories in trigger-property.test.ts.
 */
const DATE = 'Mon, 07 Dec 2026 17:00:05 GMT'; // S2's Date at activation: whole seconds
const AT = baselineFrom(DATE)!;
const look = firstLookSince(AT);
const OPTIONS = {
	events: [
		'fulfillmentCreated',
		'fulfillmentStatusChanged',
		'shipmentStatusChanged',
		'trackingNumberAssigned',
	],
	filters: { orderStatuses: [], assignStatuses: [], fulfillmentStatuses: [] },
};

describe('S2 Trigger › baseline of orders first read after activation', () => {
	it("S2's Date is the baseline; a record stamped in its first millisecond is after it, one before is not", () => {
		expect(AT).toBe('2026-12-07T17:00:05.000Z');
		expect(baselineFrom('not a date')).toBeUndefined();
		expect(baselineFrom(undefined)).toBeUndefined();
		const before = '2026-12-07T17:00:04.999999Z';
		const at = '2026-12-07T17:00:05.000400Z'; // microseconds, as S2 writes them
		expect(look({ createdAt: at, updatedAt: at })).toBe('new');
		expect(look({ createdAt: before, updatedAt: at })).toBe('changed');
		expect(look({ createdAt: before, updatedAt: before })).toBe('old');
	});

	it('missing or unreadable times count as after the baseline (reported rather than lost)', () => {
		expect(look({ updatedAt: '2026-01-01T00:00:00Z' })).toBe('new');
		expect(look({ createdAt: 'soon', updatedAt: '2026-01-01T00:00:00Z' })).toBe('new');
		expect(look({ createdAt: '2026-01-01T00:00:00Z' })).toBe('changed');
		expect(look({ createdAt: '2026-01-01T00:00:00Z', updatedAt: null })).toBe('changed');
	});

	it('a change from an unknown status: previousStatus null, not "created"; none for a record still CREATED', () => {
		const unknown = (current: string) => ({
			previous: null,
			current,
			record: { id: 'f1', status: current.split('|')[0] },
			previousUnknown: true,
		});
		expect(fulfillmentItems([unknown('PENDING'), unknown('CREATED')], OPTIONS)).toEqual([
			{ event: 'fulfillmentStatusChanged', previousStatus: null, id: 'f1', status: 'PENDING' },
		]);
		expect(shipmentItems([unknown('SHIPPED|tracked'), unknown('CREATED|')], OPTIONS)).toEqual([
			{ event: 'shipmentStatusChanged', previousStatus: null, id: 'f1', status: 'SHIPPED' },
			{ event: 'trackingNumberAssigned', previousStatus: null, id: 'f1', status: 'SHIPPED' },
		]);
		// A tracking number on a shipment still CREATED is reported; its status is not.
		expect(shipmentItems([unknown('CREATED|tracked')], OPTIONS).map((i) => i.event)).toEqual([
			'trackingNumberAssigned',
		]);
	});
});
