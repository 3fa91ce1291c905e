import type { IExecuteSingleFunctions, IHttpRequestOptions, INode } from 'n8n-workflow';

import { fillPath, pathId } from '../../nodes/shared/input/pathId';

/*
 * One definition per path parameter (shared/input/pathId.ts): the field an operation shows and the step
 * that fills its `{name}` come from the same object, so the label an error names is the field's. The
 * refusals themselves run through n8n-core for every path parameter of every operation in
 * test/hardening/every-operation.test.ts; this file pins the factory's own rules.
 */

const NODE = {
	name: 'Node',
	type: 'test',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
} as INode;

/** The part of IExecuteSingleFunctions the fill step uses: parameters (a locator as {mode, value}). */
function context(parameters: Record<string, unknown>): IExecuteSingleFunctions {
	return {
		getNode: () => NODE,
		getItemIndex: () => 0,
		getNodeParameter(name: string, fallback: unknown, options?: { extractValue?: boolean }) {
			const value = name in parameters ? parameters[name] : fallback;
			if (options?.extractValue && value && typeof value === 'object' && 'value' in value)
				return (value as { value: unknown }).value;
			return value;
		},
	} as unknown as IExecuteSingleFunctions;
}

async function fill(
	step: ReturnType<typeof fillPath>,
	url: string,
	parameters: Record<string, unknown>,
): Promise<string> {
	const options: IHttpRequestOptions = { url };
	await step.call(context(parameters), options);
	return String(options.url);
}

const orderId = pathId({
	name: 'orderId',
	displayName: 'Order ID',
	placeholder: 'ORD-1',
	description: 'The order',
	fix: 'Use an order ID.',
});
const addressId = pathId({
	name: 'addressId',
	displayName: 'Address Name or ID',
	loadOptionsMethod: 'getAddresses',
	description: 'Saved address',
	fix: 'Pick an address.',
});
const productId = pathId({
	name: 'productId',
	displayName: 'Product',
	searchListMethod: 'searchProducts',
	placeholder: '123',
	idPattern: { regex: '^\\d+$', errorMessage: 'digits only' },
	description: 'The product',
	fix: 'Pick a product.',
});

describe('pathId: one definition gives the field and the fill step', () => {
	it('a text ID: a required string field, filled as one encoded segment', async () => {
		expect(orderId.field()).toEqual({
			displayName: 'Order ID',
			name: 'orderId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'ORD-1',
			description: 'The order',
		});
		expect(await fill(orderId.fill, '/orders/{orderId}/cancel', { orderId: ' a/b ' })).toBe(
			'/orders/a%2Fb/cancel',
		);
	});

	it('a dropdown: options from its method; the error names it without " Name or ID"', async () => {
		expect(addressId.field()).toMatchObject({
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAddresses' },
			required: true,
			default: '',
		});
		expect(addressId.label).toBe('Address');
		await expect(
			fill(addressId.fill, '/addresses/{addressId}', { addressId: '..' }),
		).rejects.toThrow(/^Address: cannot be "\.\."/);
	});

	it('a resource locator: list and ID modes (the ID mode checked as typed); the fill reads its value', async () => {
		const field = productId.field();
		expect(field.type).toBe('resourceLocator');
		expect(field.default).toEqual({ mode: 'list', value: '' });
		expect(field.modes).toEqual([
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchProducts', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '123',
				validation: [
					{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'digits only' } },
				],
			},
		]);
		const withoutPattern = pathId({
			name: 'locationId',
			displayName: 'Location',
			searchListMethod: 'searchLocations',
			placeholder: '1',
			description: 'A location',
			fix: 'Pick one.',
		});
		expect(withoutPattern.field().modes?.[1]).not.toHaveProperty('validation');
		expect(
			await fill(productId.fill, '/products/{productId}.json', {
				productId: { __rl: true, mode: 'id', value: '42' },
			}),
		).toBe('/products/42.json');
	});

	it('each field() is a fresh object: one operation’s display options cannot leak into another’s', () => {
		const first = productId.field();
		const second = productId.field();
		expect(second).toEqual(first);
		expect(second).not.toBe(first);
		expect(second.modes).not.toBe(first.modes);
	});

	it('fillPath(a, b) fills both IDs of a URL, refuses the bad one by its own label, and refuses an undefined {…}', async () => {
		const both = fillPath(orderId, productId);
		expect(both.name).toBe('fillPathParameters');
		expect(
			await fill(both, '/orders/{orderId}/products/{productId}', { orderId: '7', productId: '9' }),
		).toBe('/orders/7/products/9');
		await expect(
			fill(both, '/orders/{orderId}/products/{productId}', { orderId: '7', productId: ' ' }),
		).rejects.toThrow(/^Product: is required$/);
		await expect(fill(orderId.fill, '/orders/{orderId}/{other}', { orderId: '7' })).rejects.toThrow(
			'Internal: no description of the URL parameter "other"',
		);
	});
});
