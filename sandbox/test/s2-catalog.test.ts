import { useSandbox } from '../../test/support/sandbox';
import { S2, S2_SEED } from '../src';
import { ADDRESS_KEYS, expectS2Error, PRODUCT_KEYS, s2Client, WAREHOUSE_KEYS } from './s2-http';

const sandbox = useSandbox();
const orgA = () => s2Client(sandbox.s2BaseUrl, S2.token, S2.orgA);
const orgB = () => s2Client(sandbox.s2BaseUrl, S2.token, S2.orgB);
const A = S2_SEED.orgA;
const B = S2_SEED.orgB;

describe('S2 GET /product', () => {
	it("lists the organization's products in S2's documented product shape", async () => {
		const res = await orgA().get('/product');
		expect(res.status).toBe(200);
		expect(res.data.total).toBe(3);
		expect(res.data.items.map((p: { id: string }) => p.id)).toEqual([...A.products]);
		expect(res.data.items.map((p: { sku: string }) => p.sku)).toEqual([...A.skus]);
		for (const p of res.data.items) {
			expect(Object.keys(p)).toEqual(PRODUCT_KEYS);
			expect(p.organization.id).toBe(S2.orgA);
		}
		expect(res.data.items[1]).toMatchObject({
			sku: 'SKU-GREY',
			name: 'SKU GREY',
			gtin: '',
			packageLengthMm: 1500,
			caseUnit: 'CARTON',
			casePack: 1,
			condition: 'NEW',
			unknown: false,
			otherIds: [],
			brand: { id: '5643b7ee-7df1-48c6-b690-1e29ffa8ab33', name: '', nameNormalized: '' },
		});
	});

	it('org B sees only its own product', async () => {
		const res = await orgB().get('/product');
		expect(res.data).toMatchObject({
			total: 1,
			items: [{ id: B.products[0], sku: 'BETA-WIDGET', organization: { id: S2.orgB } }],
		});
	});

	it.each([
		['grey', [A.products[1]]],
		['MUG-BLUE', [A.products[2]]],
		['ceramic', [A.products[2]]],
		['test', [A.products[0]]],
		['beta', []],
	])('term %s searches SKU and name', async (term, ids) => {
		const res = await orgA().get('/product', { params: { term } });
		expect(res.data.total).toBe(ids.length);
		expect(res.data.items.map((p: { id: string }) => p.id)).toEqual(ids);
	});

	it('limit / offset page; limit 0 is 400', async () => {
		const res = await orgA().get('/product', { params: { limit: 1, offset: 2 } });
		expect(res.data).toMatchObject({ total: 3, items: [{ id: A.products[2] }] });
		const zero = await orgA().get('/product', { params: { limit: 0 } });
		expect(zero.status).toBe(400);
		expectS2Error(zero.data, /limit/);
	});

	it('the beta-only token naming org A is 403', async () => {
		const res = await s2Client(sandbox.s2BaseUrl, S2.tokenBetaOnly, S2.orgA).get('/product');
		expect(res.status).toBe(403);
		expectS2Error(res.data, /Forbidden/);
	});
});

describe('S2 GET /inventory/overview', () => {
	it('answers {warehouses, products, items} of the organization only', async () => {
		const res = await orgA().get('/inventory/overview');
		expect(res.status).toBe(200);
		expect(Object.keys(res.data)).toEqual(['warehouses', 'products', 'items']);
		expect(res.data.warehouses.map((w: { id: string }) => w.id)).toEqual([...A.warehouses]);
		for (const w of res.data.warehouses) {
			expect(Object.keys(w)).toEqual(WAREHOUSE_KEYS);
			expect(Object.keys(w.address)).toEqual(ADDRESS_KEYS);
			expect(w.organization.id).toBe(S2.orgA);
		}
		expect(res.data.warehouses[0]).toMatchObject({
			name: 'test warehouse',
			address: { city: 'Oakville', countryId: 'CA', postalCode: 'L6L 8X8' },
			unitSystem: 'METRIC',
		});
		expect(res.data.products.map((p: { id: string }) => p.id)).toEqual([...A.products]);
		expect(res.data.items).toHaveLength(5);
		expect(res.data.items).toContainEqual({
			warehouseId: A.warehouses[1],
			productId: A.products[2],
			quantityOnHand: 200,
			quantityAllocated: 3,
			quantityAvailable: 197,
		});
		for (const item of res.data.items) {
			expect(A.warehouses).toContain(item.warehouseId);
			expect(A.products).toContain(item.productId);
			expect(item.quantityAvailable).toBe(item.quantityOnHand - item.quantityAllocated);
		}
	});

	it('org B (single-org token, no header) sees its own warehouse and stock', async () => {
		const res = await s2Client(sandbox.s2BaseUrl, S2.tokenBetaOnly).get('/inventory/overview');
		expect(res.status).toBe(200);
		expect(res.data.warehouses.map((w: { id: string }) => w.id)).toEqual([...B.warehouses]);
		expect(res.data.items).toEqual([
			{
				warehouseId: B.warehouses[0],
				productId: B.products[0],
				quantityOnHand: 50,
				quantityAllocated: 0,
				quantityAvailable: 50,
			},
		]);
	});
});
