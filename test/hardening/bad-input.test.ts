import type { IDataObject } from 'n8n-workflow';

import { S2_SEED, SHOPLINE_CATALOG } from '../../sandbox/src';
import { runNode } from '../support/engine';
import { useSandbox } from '../support/sandbox';
import {
	API_OF,
	BLANK,
	credentialsFor,
	descriptionOf,
	FULFILLBOT_ADDRESS,
	isShown,
	NODES,
	operationsOf,
	recordCounts,
	REPRESENTATIVE,
	SL,
	type NodeName,
} from './support';

/*
 * Bad-input matrix: every create/update operation of the three nodes (found in the built
 * descriptions), every required field blanked by an expression, plus malformed values. Each must be
 * refused with an error that names the field, and the sandbox must see no request at all.
 */

const sandbox = useSandbox();
jest.setTimeout(20_000);

/** Create / update operations: writes that make or change a record (cancel, delete, remove, clear are not). */
const isCreateOrUpdate = (operation: string) => /^(create|update|add|import)/i.test(operation);

const UPS = {
	trackingCompany: 'UPS',
	trackingNumber: '1Z999AA10123456784',
	trackingUrl: 'https://www.ups.com/track',
};
const A = S2_SEED.orgA;
const CAT = SHOPLINE_CATALOG;

/** Valid parameter sets per create/update operation (several when a mode changes which fields are required). */
const VALID: Record<NodeName, Record<string, IDataObject[]>> = {
	fulfillbot: {
		'product.import1688': [{ offerId: '700000000001' }],
		'cart.addItem': [{ productId: '12345', skuId: 's001', quantity: 1 }],
		'cart.addMany': [
			{
				inputMode: 'fields',
				items: { item: [{ productId: '12345', skuId: 's001', quantity: 1 }] },
			},
		],
		'cart.updateItem': [{ itemId: '501', updateFields: { quantity: 2 } }],
		'cart.updateMany': [
			{ inputMode: 'fields', items: { item: [{ id: '501', quantity: 2, selected: 'unchanged' }] } },
		],
		'purchaseOrder.create': [REPRESENTATIVE.fulfillbot.purchaseOrder.parameters],
		'shippingOrder.create': [
			REPRESENTATIVE.fulfillbot.shippingOrder.parameters,
			{
				inputMode: 'fields',
				items: { item: [{ inventoryId: 101, quantity: 1 }] },
				recipientSource: 'savedAddress',
				addressId: 10,
				logisticsChannelId: 'ch-001',
			},
		],
		'profile.update': [{ updateFields: { username: 'hardening_user' } }],
		'address.create': [FULFILLBOT_ADDRESS],
		'address.update': [{ addressId: 10, updateFields: { city: 'Leeds' } }],
		'favorite.add': [{ productId: '12347' }],
	},
	s2: {
		'fulfillment.create': [REPRESENTATIVE.s2.fulfillment.parameters],
		'order.create': [REPRESENTATIVE.s2.order.parameters],
	},
	shopline: {
		'fulfillment.create': [REPRESENTATIVE.shopline.fulfillment.parameters],
		'fulfillment.updateTracking': [
			{
				orderId: SL.orders.partial,
				fulfillmentId: SL.fulfillments.partial,
				trackingInfo: { entry: [UPS] },
			},
		],
		// Catalog and stock (issue 23).
		'product.create': [
			{ title: 'Hardening Tee' },
			{ title: 'Tee With Variants', variantsJson: '[{"sku": "TEE-1", "price": "9.90"}]' },
		],
		'product.update': [{ productId: CAT.products.mug, updateFields: { vendor: 'Acme' } }],
		'variant.create': [
			{ productId: CAT.products.mug, variantFields: { sku: 'MUG-RED', price: '9.90' } },
		],
		'variant.update': [{ variantId: CAT.variants.mug, updateFields: { price: '13.00' } }],
		'inventoryItem.update': [{ inventoryItemId: CAT.items.mug, updateFields: { cost: '4.20' } }],
	},
};

/** Malformed values (and missing values the description cannot flag, e.g. inside list rows): [case, override, field the message must name]. */
type Malformed = [string, IDataObject, string];
const MALFORMED: Record<NodeName, Record<string, Malformed[]>> = {
	fulfillbot: {
		'product.import1688': [
			['neither URL nor offer ID', { offerId: BLANK }, 'URL / Offer ID'],
			[
				'both URL and offer ID',
				{ url: 'https://detail.1688.com/offer/700000000001.html' },
				'URL / Offer ID',
			],
		],
		'cart.addItem': [
			['quantity 0', { quantity: 0 }, 'Quantity'],
			['quantity 1.5', { quantity: 1.5 }, 'Quantity'],
		],
		'cart.addMany': [
			[
				'a row without SKU',
				{ items: { item: [{ productId: '12345', skuId: BLANK, quantity: 1 }] } },
				'Items[0].skuId',
			],
			['no rows', { items: {} }, 'Items'],
			['JSON that is not JSON', { inputMode: 'json', itemsJson: '[{"productId":' }, 'Items'],
		],
		'cart.updateItem': [
			['quantity 0', { updateFields: { quantity: 0 } }, 'Quantity'],
			['nothing to update', { updateFields: {} }, 'Update Fields'],
		],
		'cart.updateMany': [
			[
				'a row without ID',
				{ items: { item: [{ id: BLANK, quantity: 2, selected: 'unchanged' }] } },
				'Items[0].id',
			],
		],
		'purchaseOrder.create': [
			['no items', { items: {} }, 'Items'],
			[
				'a row without SKU',
				{ items: { item: [{ productId: '12345', skuId: BLANK, quantity: 1 }] } },
				'Items[0].skuId',
			],
			[
				'a row without product',
				{ items: { item: [{ productId: BLANK, skuId: 's001', quantity: 1 }] } },
				'Items[0].productId',
			],
			[
				'quantity 0',
				{ items: { item: [{ productId: '12345', skuId: 's001', quantity: 0 }] } },
				'Items[0].quantity',
			],
			[
				'JSON row without quantity',
				{ inputMode: 'json', itemsJson: '[{"productId":"12345","skuId":"s001"}]' },
				'Items[0].quantity',
			],
			['a coupon that is not an ID', { additionalFields: { couponId: '=abc' } }, 'Coupon'],
		],
		'shippingOrder.create': [
			['no items', { items: {} }, 'Items'],
			[
				'inventory ID 0',
				{ items: { item: [{ inventoryId: 0, quantity: 1 }] } },
				'Items[0].inventoryId',
			],
			['quantity 0', { items: { item: [{ inventoryId: 101, quantity: 0 }] } }, 'Items[0].quantity'],
			['country in lower case', { recipientCountry: 'gb' }, 'Recipient Country'],
		],
		'profile.update': [
			['nothing to update', { updateFields: {} }, 'Update Fields'],
			[
				'an email that is not one',
				{ updateFields: { email: 'not-an-email' } },
				'Update Fields › email',
			],
			['a blank username', { updateFields: { username: BLANK } }, 'Update Fields › username'],
		],
		'address.create': [['a three-letter country', { country: 'GBR' }, 'Country']],
		'address.update': [
			['a country name', { updateFields: { country: 'Germany' } }, 'Update Fields › Country'],
			['nothing to update', { updateFields: {} }, 'Update Fields'],
		],
		'favorite.add': [['a product ID that is blank spaces', { productId: '   ' }, 'Product ID']],
	},
	s2: {
		'fulfillment.create': [
			['a country that is not ISO alpha-2', { addressCountryId: 'XX' }, 'Address Country'],
			[
				'a row without product',
				{ items: { item: [{ productId: BLANK, quantity: 1 }] } },
				'Items[0].productId',
			],
			[
				'quantity 0',
				{ items: { item: [{ productId: A.products[0], quantity: 0 }] } },
				'Items[0].quantity',
			],
			['JSON that is not JSON', { itemsInputMode: 'json', itemsJson: '[{' }, 'Items (JSON)'],
			[
				'an order type that is not documented',
				{ additionalFields: { orderType: '=3' } },
				'Order Type',
			],
		],
		'order.create': [
			['a currency that is not ISO 4217', { currencyId: 'dollars' }, 'Currency'],
			['a three-letter country', { addressCountryId: 'USA' }, 'Shipping Address Country'],
			[
				'quantity 0',
				{ orderItems: { item: [{ productId: A.products[2], quantity: 0 }] } },
				'Items[0].quantity',
			],
			[
				'a row without product',
				{ orderItems: { item: [{ productId: BLANK, quantity: 1 }] } },
				'Items[0].productId',
			],
			['a date that is not a date', { channelOrderDate: '=not a date' }, 'Channel Order Date'],
		],
	},
	shopline: {
		'fulfillment.create': [
			['an order name as the order ID', { orderId: '#1001' }, 'Order ID'],
			['an order ID with a path', { orderId: '1/../../x' }, 'Order ID'],
			['no line items', { lineItems: {} }, 'Line Items'],
			[
				'a line item ID that is not digits',
				{ lineItems: { item: [{ id: 'abc', quantity: 1 }] } },
				'Line Items[0].id',
			],
			[
				'quantity 0',
				{ lineItems: { item: [{ id: SL.lineItems.unshipped[0], quantity: 0 }] } },
				'Line Items[0].quantity',
			],
			[
				'a tracking entry without a number',
				{ trackingInfo: { entry: [{ trackingCompany: 'DHL', trackingNumber: BLANK }] } },
				'Tracking Info[0].trackingNumber',
			],
		],
		'fulfillment.updateTracking': [
			['a fulfillment ID that is not digits', { fulfillmentId: 'F-1' }, 'Fulfillment ID'],
			[
				'a tracking entry without a number',
				{ trackingInfo: { entry: [{ trackingCompany: 'DHL', trackingNumber: ' ' }] } },
				'Tracking Info[0].trackingNumber',
			],
		],
		'product.create': [
			['variants JSON that is not a list', { variantsJson: '{"sku": "TEE-1"}' }, 'Variants (JSON)'],
			['variants JSON that is not JSON', { variantsJson: '[{"sku": ' }, 'Variants (JSON)'],
		],
		'product.update': [
			['nothing to change', { updateFields: {} }, 'Update Fields'],
			['a product handle as the product ID', { productId: 'blue-mug-12oz' }, 'Product'],
		],
		'variant.create': [
			['a price with three decimals', { variantFields: { price: '9.999' } }, 'Price'],
			['weight 0', { variantFields: { weight: '0' } }, 'Weight'],
			['no field at all', { variantFields: {} }, 'Variant Fields'],
		],
		'variant.update': [
			['a SKU as the variant ID', { variantId: 'MUG-BLUE-12OZ' }, 'Variant ID'],
			[
				'a compare-at price with a currency sign',
				{ updateFields: { compare_at_price: '$20' } },
				'Compare At Price',
			],
		],
		'inventoryItem.update': [
			['a cost with a decimal comma', { updateFields: { cost: '4,20' } }, 'Cost'],
			[
				'a variant ID that is not digits as the item',
				{ inventoryItemId: 'item-1' },
				'Inventory Item ID',
			],
		],
	},
};

/** How a field's display name appears in messages: "Address: City" → "Address City", "Country Name or ID" → "Country". */
const label = (displayName: string) => displayName.replace(/ Name or ID$/, '').replace(/:/g, '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Required fields (from the description) shown for this operation and parameter set. */
function requiredFields(
	node: NodeName,
	resource: string,
	operation: string,
	parameters: IDataObject,
) {
	const description = descriptionOf(node);
	const all = { resource, operation, ...parameters };
	const seen = new Set<string>();
	return description.properties.filter((p) => {
		if (!p.required || p.type === 'notice' || !isShown(p, all, description) || seen.has(p.name))
			return false;
		seen.add(p.name);
		return true;
	});
}

const counts = { operations: 0, blankRequired: 0, malformed: 0, inputsTried: 0 };
afterAll(() => recordCounts('bad-input', counts));

async function expectRefused(
	node: NodeName,
	resource: string,
	operation: string,
	parameters: IDataObject,
	field: string,
) {
	counts.inputsTried += 1;
	const { items, error } = await runNode({
		type: node,
		parameters: { resource, operation, ...parameters },
		credentials: credentialsFor(sandbox, node),
	});

	expect(items).toEqual([]);
	expect(error).toBeDefined();
	expect(error?.message).toMatch(new RegExp(`^${escape(field)}: `, 'i'));
	expect(await sandbox.journal(API_OF[node])).toEqual([]);
}

describe('hardening › bad input', () => {
	it.each(NODES)(
		'%s: every create/update operation of the description has a valid parameter set here',
		(node) => {
			const found = operationsOf(node)
				.filter((o) => isCreateOrUpdate(o.operation))
				.map((o) => `${o.resource}.${o.operation}`);
			expect(Object.keys(VALID[node]).sort()).toEqual(found.sort());
			expect(Object.keys(MALFORMED[node]).every((key) => key in VALID[node])).toBe(true);
		},
	);

	for (const node of NODES) {
		for (const [key, sets] of Object.entries(VALID[node])) {
			const [resource, operation] = key.split('.');
			counts.operations += 1;
			describe(`${node} › ${resource} › ${operation}`, () => {
				sets.forEach((valid, variant) => {
					it(`valid parameter set ${variant + 1} passes the checks (it reaches the API)`, async () => {
						await runNode({
							type: node,
							parameters: { resource, operation, ...valid },
							credentials: credentialsFor(sandbox, node),
						});
						expect((await sandbox.journal(API_OF[node])).length).toBeGreaterThan(0);
					});

					for (const field of requiredFields(node, resource, operation, valid)) {
						counts.blankRequired += 1;
						it(`required "${field.displayName}" blank by expression (set ${variant + 1}): refused naming it, nothing sent`, async () => {
							await expectRefused(
								node,
								resource,
								operation,
								{ ...valid, [field.name]: BLANK },
								label(field.displayName),
							);
						});
					}
				});

				for (const [name, override, field] of MALFORMED[node][key] ?? []) {
					counts.malformed += 1;
					it(`${name}: refused naming "${field}", nothing sent`, async () => {
						await expectRefused(node, resource, operation, { ...sets[0], ...override }, field);
					});
				}
			});
		}
	}
});
