import { useSandbox } from '../../test/support/sandbox';
import { S2, S2_SEED } from '../src';
import { client } from './http';
import { s2Client } from './s2-http';

const sandbox = useSandbox();
const orgA = () => s2Client(sandbox.s2BaseUrl, S2.token, S2.orgA);
const A = S2_SEED.orgA;
const B = S2_SEED.orgB;
const tick = () => client(sandbox.url).post('/__sandbox/clock', { advanceSeconds: 60 });
const fulfillment = async (id: string) => (await orgA().get(`/fulfillment/${id}`)).data;
const order = async (id: string) => (await orgA().get(`/order/${id}`)).data;

/** A fulfillment of `orderId` with one shipment of the given carrier. */
async function createFor(
	orderId: string,
	carrier: string,
	productId: string = A.products[0],
): Promise<string> {
	const res = await orgA().post('/fulfillment', {
		orderId,
		address: {
			name: 'n',
			company: '',
			address1: 'a',
			address2: '',
			city: 'c',
			state: 's',
			postalCode: 'p',
			countryId: 'US',
			phone: '',
			email: '',
		},
		shippingMethod: 'standard',
		items: [{ productId, quantity: 1 }],
		shipments: [
			{ items: [{ productId, quantity: 1 }], prepaidLabels: [], shippingCarrierId: carrier },
		],
		attachments: [],
	});
	expect(res.status).toBe(200);
	return res.data.id;
}

describe('S2 status machines (POST /__sandbox/advance)', () => {
	it('are registered: fulfillment CREATED -> PENDING -> SHIPPED, order UNFULFILLED -> FULFILLED', async () => {
		const kinds = (await client(sandbox.url).get('/__sandbox/advance')).data.filter(
			(k: { api: string }) => k.api === 's2',
		);
		expect(kinds).toEqual([
			{
				api: 's2',
				kind: 'fulfillment',
				statuses: ['CREATED', 'PENDING', 'SHIPPED'],
				terminal: ['SHIPPED'],
			},
			{
				api: 's2',
				kind: 'order',
				statuses: ['UNFULFILLED', 'FULFILLED'],
				terminal: ['FULFILLED', 'CANCELLED'],
			},
		]);
	});

	it('a fulfillment moves one step per advance, bumping updatedAt; on SHIPPED it gets tracking and its order is FULFILLED', async () => {
		const id = A.fulfillments.created;
		const seeded = await fulfillment(id);
		await tick();
		expect(await sandbox.advance({ api: 's2', kind: 'fulfillment', id })).toEqual([
			{ id, from: 'CREATED', to: 'PENDING' },
		]);
		const pending = await fulfillment(id);
		expect(pending).toMatchObject({
			status: 'PENDING',
			warehousePickStatus: 'PICKING',
			shipments: [{ status: 'CREATED', trackingNumber: '' }],
		});
		expect(pending.updatedAt > seeded.updatedAt).toBe(true);
		expect((await order(A.orders.assigned)).status).toBe('UNFULFILLED');

		await tick();
		expect(await sandbox.advance({ api: 's2', kind: 'fulfillment', id })).toEqual([
			{ id, from: 'PENDING', to: 'SHIPPED' },
		]);
		const shipped = await fulfillment(id);
		expect(shipped.updatedAt > pending.updatedAt).toBe(true);
		// UPS: 1Z + the first 16 hex digits of the shipment id, upper-case.
		const expected = `1Z${A.shipments.created.replace(/-/g, '').slice(0, 16).toUpperCase()}`;
		expect(shipped.shipments[0]).toMatchObject({
			status: 'SHIPPED',
			trackingNumber: expected,
			trackingUrl: `https://www.ups.com/track?tracknum=${expected}`,
			updatedAt: shipped.updatedAt,
		});
		const o = await order(A.orders.assigned);
		expect(o.status).toBe('FULFILLED');
		expect(o.updatedAt).toBe(shipped.updatedAt);
		expect(o.fulfillments[0].shipments[0].trackingNumber).toBe(expected);

		expect(await sandbox.advance({ api: 's2', kind: 'fulfillment', id })).toEqual([]);
	});

	it('the tracking number is deterministic and a given one is kept', async () => {
		const res = await orgA().post('/fulfillment', {
			address: {
				name: 'n',
				company: '',
				address1: 'a',
				address2: '',
				city: 'c',
				state: 's',
				postalCode: 'p',
				countryId: 'US',
				phone: '',
				email: '',
			},
			shippingMethod: '',
			items: [{ productId: A.products[2], quantity: 1 }],
			shipments: [
				{
					items: [],
					prepaidLabels: [],
					shippingCarrierId: 'USPS',
					trackingNumber: '9400100000000000000001',
				},
				{ items: [], prepaidLabels: [] },
			],
			attachments: [],
		});
		const id = res.data.id;
		await sandbox.advance({ api: 's2', kind: 'fulfillment', id });
		await sandbox.advance({ api: 's2', kind: 'fulfillment', id });
		const shipped = await fulfillment(id);
		expect(shipped.shipments[0]).toMatchObject({
			trackingNumber: '9400100000000000000001',
			trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000001',
		});
		const other = shipped.shipments[1];
		expect(other.trackingNumber).toBe(`S2${other.id.replace(/-/g, '').slice(0, 12).toUpperCase()}`);
		expect(other.trackingUrl).toBe(`https://tracking.example.com/other/${other.trackingNumber}`);
	});

	it('an order with two fulfillments is FULFILLED only when both shipped', async () => {
		const first = await createFor(A.orders.unfulfilled, 'FEDEX');
		const second = await createFor(A.orders.unfulfilled, 'OTHER', A.products[1]);
		for (let i = 0; i < 2; i++)
			await sandbox.advance({ api: 's2', kind: 'fulfillment', id: first });
		expect((await fulfillment(first)).shipments[0].trackingNumber).toMatch(/^\d{12}$/);
		expect((await order(A.orders.unfulfilled)).status).toBe('UNFULFILLED');
		for (let i = 0; i < 2; i++)
			await sandbox.advance({ api: 's2', kind: 'fulfillment', id: second });
		expect(await order(A.orders.unfulfilled)).toMatchObject({
			status: 'FULFILLED',
			assignStatus: 'ASSIGNED',
		});
	});

	it('shipping the fulfillment of an order cancelled meanwhile leaves the order CANCELLED', async () => {
		const id = await createFor(A.orders.unfulfilled, 'UPS');
		expect((await orgA().post(`/order/${A.orders.unfulfilled}/cancel`)).status).toBe(200);
		for (let i = 0; i < 2; i++) await sandbox.advance({ api: 's2', kind: 'fulfillment', id });
		expect((await fulfillment(id)).status).toBe('SHIPPED');
		expect((await order(A.orders.unfulfilled)).status).toBe('CANCELLED');
	});

	it('kind order: UNFULFILLED orders of every organization move, cancelled and fulfilled ones do not', async () => {
		await tick();
		const moved = await sandbox.advance({ api: 's2', kind: 'order' });
		expect(moved.map((m) => m.id).sort()).toEqual(
			[A.orders.unfulfilled, A.orders.assigned, B.orders.unfulfilled].sort(),
		);
		expect(moved.every((m) => m.from === 'UNFULFILLED' && m.to === 'FULFILLED')).toBe(true);
		const o = await order(A.orders.unfulfilled);
		expect(o.status).toBe('FULFILLED');
		expect(o.updatedAt > '2025-01-01').toBe(true);
		expect(await sandbox.advance({ api: 's2', kind: 'order', id: A.orders.cancelled })).toEqual([]);
		expect((await order(A.orders.cancelled)).status).toBe('CANCELLED');
		await expect(sandbox.advance({ api: 's2', kind: 'order', id: 'nope' })).rejects.toThrow(/404/);
	});
});
