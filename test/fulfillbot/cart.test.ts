import type { IDataObject } from 'n8n-workflow';

import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { useSandbox } from '../support/sandbox';
import { BLANK, fulfillbotTestKit } from './support';

const sandbox = useSandbox();
const fb = fulfillbotTestKit(sandbox);
const { requests } = fb;

const cart = (operation: string, parameters?: IDataObject, apiKey?: string) =>
	fb.run('cart', operation, parameters, { apiKey });
/** The cart as the API returns it, read directly (then the journal is cleared). */
const apiCart = () =>
	fb.api<{ items: IDataObject[]; totalItems: number; totalAmount: number }>('GET', '/cart');

describe('Fulfillbot › Cart', () => {
	it('Get: GET /cart, the cart unwrapped as one item', async () => {
		const expected = await apiCart();
		const { items, error } = await cart('get');

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([expected]);
		expect(expected.items.length).toBeGreaterThan(0);
		expect(await requests()).toEqual([
			{ method: 'GET', path: '/cart', query: {}, body: null, status: 200 },
		]);
	});

	it('Add Item: POST /cart/items with productId, skuId, quantity, remark', async () => {
		const { items, error } = await cart('addItem', {
			productId: ' 12345 ',
			skuId: 's002',
			quantity: 2,
			remark: 'Size US 9',
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ skuId: 's002', quantity: 2 });
		expect(await requests()).toEqual([
			{
				method: 'POST',
				path: '/cart/items',
				query: {},
				body: { productId: '12345', skuId: 's002', quantity: 2, remark: 'Size US 9' },
				status: 201,
			},
		]);
		expect((await apiCart()).items).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ skuId: 's002', quantity: 2, remark: 'Size US 9' }),
			]),
		);
	});

	it('Add Item without a remark sends no remark', async () => {
		await cart('addItem', { productId: '12345', skuId: 's002', quantity: 1 });
		expect((await requests())[0].body).toEqual({ productId: '12345', skuId: 's002', quantity: 1 });
	});

	it('Add Many (fields): POST /cart/items/batch with the rows as items', async () => {
		const { items, error } = await cart('addMany', {
			inputMode: 'fields',
			items: {
				item: [
					{ productId: '12345', skuId: 's002', quantity: 1, remark: '' },
					{ productId: '12345', skuId: 's001', quantity: 3, remark: 'gift' },
				],
			},
		});

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ added: 2 });
		expect(await requests()).toEqual([
			{
				method: 'POST',
				path: '/cart/items/batch',
				query: {},
				body: {
					items: [
						{ productId: '12345', skuId: 's002', quantity: 1 },
						{ productId: '12345', skuId: 's001', quantity: 3, remark: 'gift' },
					],
				},
				status: 201,
			},
		]);
	});

	it('Add Many (JSON from an earlier node): the same request', async () => {
		const { error } = await cart('addMany', {
			inputMode: 'json',
			itemsJson: '={{ $json.lines }}',
		});
		expect(error?.message).toMatch(/^Items: must be a JSON array/); // no input item field → refused
		expect(await requests()).toEqual([]);

		const run = await fb.run(
			'cart',
			'addMany',
			{ inputMode: 'json', itemsJson: '={{ $json.lines }}' },
			{ items: [{ lines: [{ productId: 12345, skuId: 's002', quantity: '2' }] }] },
		);
		expect(run.error).toBeUndefined();
		expect((await requests())[0]).toMatchObject({
			method: 'POST',
			path: '/cart/items/batch',
			body: { items: [{ productId: '12345', skuId: 's002', quantity: 2 }] },
		});
	});

	it('Add Many (JSON): a single object is a one-row list, as for every item list (README, shared/input/rowList.ts)', async () => {
		const { error } = await cart('addMany', {
			inputMode: 'json',
			itemsJson: '{"productId": "12345", "skuId": "s002", "quantity": 2}',
		});
		expect(error).toBeUndefined();
		expect(await requests()).toEqual([
			{
				method: 'POST',
				path: '/cart/items/batch',
				query: {},
				body: { items: [{ productId: '12345', skuId: 's002', quantity: 2 }] },
				status: 201,
			},
		]);
	});

	it('Update Item: PATCH /cart/items/:itemId with quantity and selected', async () => {
		const [first] = (await apiCart()).items;
		const { items, error } = await cart('updateItem', {
			itemId: String(first.id),
			updateFields: { quantity: 5, selected: false },
		});

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: first.id, quantity: 5, selected: false });
		expect(await requests()).toEqual([
			{
				method: 'PATCH',
				path: `/cart/items/${first.id}`,
				query: {},
				body: { quantity: 5, selected: false },
				status: 200,
			},
		]);
	});

	it('Update Many: PATCH /cart/items/batch with id + changes per entry', async () => {
		await cart('addItem', { productId: '12345', skuId: 's002', quantity: 1 });
		const [a, b] = (await apiCart()).items;
		const { error } = await cart('updateMany', {
			inputMode: 'fields',
			items: {
				item: [
					{ id: String(a.id), quantity: 4, selected: 'unchanged' },
					{ id: String(b.id), quantity: 0, selected: 'false' },
				],
			},
		});

		expect(error).toBeUndefined();
		expect(await requests()).toEqual([
			{
				method: 'PATCH',
				path: '/cart/items/batch',
				query: {},
				body: {
					items: [
						{ id: a.id, quantity: 4 },
						{ id: b.id, selected: false },
					],
				},
				status: 200,
			},
		]);
		const after = (await apiCart()).items;
		expect(after.find((i) => i.id === a.id)).toMatchObject({ quantity: 4 });
		expect(after.find((i) => i.id === b.id)).toMatchObject({ selected: false });
	});

	it('Remove Item: DELETE /cart/items/:itemId', async () => {
		const [first] = (await apiCart()).items;
		const { items, error } = await cart('removeItem', { itemId: String(first.id) });

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(await requests()).toEqual([
			{ method: 'DELETE', path: `/cart/items/${first.id}`, query: {}, body: null, status: 200 },
		]);
		expect((await apiCart()).items.map((i) => i.id)).not.toContain(first.id);
	});

	it('Remove Many: DELETE /cart/items/batch with the item IDs', async () => {
		await cart('addItem', { productId: '12345', skuId: 's002', quantity: 1 });
		const ids = (await apiCart()).items.map((i) => i.id as number);
		const { error } = await cart('removeMany', {
			inputMode: 'json',
			itemsJson: JSON.stringify(ids),
		});

		expect(error).toBeUndefined();
		expect(await requests()).toEqual([
			{ method: 'DELETE', path: '/cart/items/batch', query: {}, body: { ids }, status: 200 },
		]);
		expect((await apiCart()).items).toEqual([]);
	});

	it('Clear: DELETE /cart empties the cart', async () => {
		const { error } = await cart('clear');

		expect(error).toBeUndefined();
		expect(await requests()).toEqual([
			{ method: 'DELETE', path: '/cart', query: {}, body: null, status: 200 },
		]);
		expect((await apiCart()).items).toEqual([]);
	});

	describe('bad input is refused before any request', () => {
		it.each([
			['addItem', { productId: '12345', skuId: BLANK, quantity: 1 }, /^SKU ID: is required$/],
			['addItem', { productId: BLANK, skuId: 's001', quantity: 1 }, /^Product ID: is required$/],
			[
				'addItem',
				{ productId: '12345', skuId: 's001', quantity: 0 },
				/^Quantity: must be a whole number of at least 1/,
			],
			[
				'addMany',
				{
					inputMode: 'fields',
					items: {
						item: [
							{ productId: '12345', skuId: 's001', quantity: 1 },
							{ productId: '12345', quantity: 1 },
						],
					},
				},
				/^Items\[1\]\.skuId: is missing$/,
			],
			[
				'addMany',
				{ inputMode: 'json', itemsJson: '[{"productId":"12345","skuId":"s001","quantity":0}]' },
				/^Items\[0\]\.quantity: must be a whole number of at least 1/,
			],
			['addMany', { inputMode: 'json', itemsJson: '{not json' }, /^Items: is not valid JSON$/],
			['addMany', { inputMode: 'fields', items: {} }, /^Items: is empty$/],
			['updateItem', { itemId: '501', updateFields: {} }, /^Update Fields: is empty$/],
			['updateItem', { itemId: BLANK, updateFields: { quantity: 2 } }, /^Item ID: is required$/],
			[
				'updateMany',
				{
					inputMode: 'fields',
					items: { item: [{ id: '501', quantity: 0, selected: 'unchanged' }] },
				},
				/^Items\[0\]: changes nothing$/,
			],
			['removeItem', { itemId: ' ' }, /^Item ID: is required$/],
			['removeMany', { inputMode: 'json', itemsJson: '[]' }, /^Item IDs: is empty$/],
		])('%s %j', async (operation, parameters, message) => {
			const { items, error } = await cart(operation, parameters);
			expect(items).toEqual([]);
			expect(error?.message).toMatch(message);
			expect(error?.description).toBeTruthy();
			expect(await requests()).toEqual([]);
		});
	});

	describe('API errors', () => {
		it('403 for a write with a read-only key carries the scope message', async () => {
			const { error } = await cart('clear', {}, FULFILLBOT_KEYS.readOnly);
			expect(error?.name).toBe('NodeApiError');
			expect(error?.message).toMatch(/^Insufficient scope\. Required: cart:write\. Your key has: /);
			expect((error as { httpCode?: string }).httpCode).toBe('403');
		});

		it('404 for an unknown cart item', async () => {
			const { error } = await cart('removeItem', { itemId: '999999' });
			expect(error?.name).toBe('NodeApiError');
			expect((error as { httpCode?: string }).httpCode).toBe('404');
			expect(await requests()).toEqual([
				{ method: 'DELETE', path: '/cart/items/999999', query: {}, body: null, status: 404 },
			]);
		});
	});
});

describe('Fulfillbot › Cart › required fields left empty in the editor', () => {
	it('n8n refuses to run the workflow at all: no request', async () => {
		await expect(cart('addItem', { productId: '12345', skuId: '', quantity: 1 })).rejects.toThrow(
			/workflow has issues/,
		);
		expect(await requests()).toEqual([]);
	});
});
