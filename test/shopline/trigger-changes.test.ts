import type { IDataObject } from 'n8n-workflow';

import { detectChanges, primeSeen } from '../../nodes/Shopline/trigger/changes';
import {
	bound,
	isSettled,
	seenFromStatic,
	seenKey as k,
	seenOrder,
	seenToStatic,
	type SeenOrders,
} from '../../nodes/Shopline/trigger/tracking';
import type { UpdatedCursor } from '../../nodes/shared/poll/updatedCursor';

const CURSOR: UpdatedCursor = { cursor: '2026-03-01T10:00:00+08:00', atCursor: ['edge'] };
const order = (id: string, extra: IDataObject = {}): IDataObject => ({
	id,
	status: 'open',
	financial_status: 'unpaid',
	fulfillment_status: 'unshipped',
	created_at: '2026-02-01T00:00:00+08:00',
	updated_at: '2026-03-01T10:00:05+08:00',
	...extra,
});
const fulfillment = (id: string, extra: IDataObject = {}): IDataObject => ({
	id,
	status: 'success',
	shipment_status: null,
	created_at: '2026-02-02T00:00:00+08:00',
	...extra,
});
const brief = (events: Array<{ event: string; json: IDataObject }>) =>
	events.map((e) => [e.event, e.json.id]);

describe('SHOPLINE Trigger change detection', () => {
	it('an order not remembered and older than the cursor: "updated" only, its statuses learnt; the next change is reported', () => {
		const first = detectChanges({
			previous: CURSOR,
			seen: {},
			changed: [order('a', { financial_status: 'paid' })],
			repeated: [],
		});
		expect(brief(first.events)).toEqual([['orderUpdated', 'a']]);
		expect(first.seen[k('a')]).toMatchObject({ financial: 'paid', fulfillment: 'unshipped' });

		const next = detectChanges({
			previous: CURSOR,
			seen: first.seen,
			changed: [
				order('a', { financial_status: 'partially_refunded', fulfillment_status: 'partial' }),
			],
			repeated: [],
		});
		expect(
			next.events.map((e) => [
				e.event,
				e.json.previousFinancialStatus ?? e.json.previousFulfillmentStatus ?? null,
			]),
		).toEqual([
			['orderUpdated', null],
			['orderFinancialStatusChanged', 'paid'],
			['orderFulfillmentStatusChanged', 'unshipped'],
		]);
	});

	it('an order created after the cursor, or at it and not handled, is new; one at the cursor and handled is not', () => {
		const atCursor = '2026-03-01T10:00:00+08:00';
		const result = detectChanges({
			previous: CURSOR,
			seen: {},
			changed: [
				order('late', { created_at: '2026-03-01T10:00:01+08:00' }),
				order('same', { created_at: atCursor }),
				order('edge', { created_at: atCursor }),
			],
			repeated: [],
		});
		expect(brief(result.events)).toEqual([
			['orderCreated', 'late'],
			['orderCreated', 'same'],
			['orderUpdated', 'edge'],
		]);
	});

	it('boundary (repeated) orders: statuses and listed fulfillments re-checked, never "updated"', () => {
		const seen: SeenOrders = {
			[k('b')]: {
				...seenOrder(order('b'), { [k('f1')]: { status: 'success', shipment: 'picked_up' } }),
			},
		};
		const repeated = [
			order('b', {
				financial_status: 'paid',
				fulfillments: [fulfillment('f1', { shipment_status: 'out_for_delivery' })],
			}),
		];
		const withFulfillments = detectChanges({
			previous: CURSOR,
			seen,
			changed: [],
			repeated,
			fulfillments: new Map(),
		});
		expect(withFulfillments.events.map((e) => e.event)).toEqual([
			'orderFinancialStatusChanged',
			'fulfillmentShipmentStatusChanged',
		]);
		expect(withFulfillments.events[1].json).toMatchObject({
			previousShipmentStatus: 'picked_up',
			shipment_status: 'out_for_delivery',
		});
		const ordersOnly = detectChanges({ previous: CURSOR, seen, changed: [], repeated });
		expect(ordersOnly.events.map((e) => e.event)).toEqual(['orderFinancialStatusChanged']);
	});

	it('fulfillments of an order whose fulfillments were never seen: created after the cursor → created; older → learnt silently', () => {
		const changed = [order('c', { fulfillment_status: 'shipped' })];
		const fulfillments = new Map([
			[
				'c',
				[
					fulfillment('old', { shipment_status: 'picked_up' }),
					fulfillment('new', { created_at: '2026-03-01T10:00:03+08:00' }),
				],
			],
		]);
		const result = detectChanges({
			previous: CURSOR,
			seen: { [k('c')]: seenOrder(order('c'), undefined) },
			changed,
			repeated: [],
			fulfillments,
		});
		expect(brief(result.events)).toEqual([
			['orderUpdated', 'c'],
			['orderFulfillmentStatusChanged', 'c'],
			['fulfillmentCreated', 'new'],
		]);
		expect(result.seen[k('c')].fulfillments).toEqual({
			[k('old')]: { status: 'success', shipment: 'picked_up' },
			[k('new')]: { status: 'success', shipment: null },
		});
	});

	it('forgets orders that can no longer change: cancelled, or paid + shipped with every fulfillment ended', () => {
		const delivered = [
			fulfillment('f', { shipment_status: 'delivered' }),
			fulfillment('g', { status: 'cancelled' }),
		];
		const failed = [fulfillment('f', { shipment_status: 'failure' })];
		const paidShipped = { financial_status: 'paid', fulfillment_status: 'shipped' };
		const seen = primeSeen(
			[
				order('cancelled', { status: 'cancelled' }),
				order('done', { ...paidShipped, fulfillments: delivered }),
				order('failed', { ...paidShipped, fulfillments: failed }),
				order('unknown', paidShipped),
				order('open'),
			],
			true,
		);
		expect(Object.keys(seen).sort()).toEqual(['failed', 'open', 'unknown'].map(k).sort());
		// Without fulfillment events, paid + shipped is enough.
		expect(Object.keys(primeSeen([order('unknown', paidShipped), order('open')], false))).toEqual([
			k('open'),
		]);
		expect(
			isSettled(
				order('x'),
				seenOrder(order('x', { financial_status: 'refunded', fulfillment_status: 'shipped' }), {}),
				true,
			),
		).toBe(true);
	});

	it('the remembered orders are bounded: the longest-untouched are dropped first', () => {
		const seen: SeenOrders = {};
		for (let i = 0; i < 10; i++)
			seen[`o${i}`] = { financial: 'unpaid', fulfillment: 'unshipped', updated: i };
		expect(Object.keys(bound(seen, 3)).sort()).toEqual(['o7', 'o8', 'o9']);
		expect(bound(seen, 10)).toBe(seen);
	});

	it('static form: about 10 bytes per order, read back with the same statuses, fulfillments and age order', () => {
		const seen: SeenOrders = {};
		for (let i = 0; i < 1000; i++)
			seen[k(`o${i}`)] = seenOrder(
				order(`o${i}`, {
					updated_at: new Date(Date.UTC(2026, 0, 1, 0, 0, 1000 - i)).toISOString(),
				}),
				undefined,
			);
		seen[k('f')] = seenOrder(order('f', { financial_status: 'paid' }), {
			[k('f1')]: { status: 'success', shipment: null },
			[k('f2')]: { status: 'cancelled', shipment: 'failure' },
		});
		seen[k('g')] = seenOrder(order('g'), {});
		const stored = JSON.parse(JSON.stringify(seenToStatic(seen))) as unknown;
		expect(JSON.stringify(stored).length).toBeLessThan(1002 * 10 + 200);

		const back = seenFromStatic(stored);
		expect(Object.keys(back).sort()).toEqual(Object.keys(seen).sort());
		for (const [key, was] of Object.entries(seen)) {
			expect(back[key]).toMatchObject({ financial: was.financial, fulfillment: was.fulfillment });
			expect(back[key].fulfillments).toEqual(was.fulfillments);
		}
		// Age order survives as 0, 1, 2, …: o999 was the least recently updated, so it is dropped first.
		expect(Object.keys(bound(back, 1001))).not.toContain(k('o999'));
		expect(Object.keys(bound(back, 1001))).toContain(k('o0'));
	});
});
