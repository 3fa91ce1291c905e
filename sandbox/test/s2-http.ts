import { S2 } from '../src';
import { bearer, client, UUID_RE } from './http';

/** A client for the S2 API acting as `token` in organization `org` (no header when org is undefined). */
export const s2Client = (baseUrl: string, token: string = S2.token, org?: string) =>
	client(baseUrl, { ...bearer(token), ...(org ? { 'X-S2-Organization': org } : {}) });

/** S2 error bodies are exactly {"message": "<text> reference ID: <uuid>"}; returns the reference. */
export function expectS2Error(data: unknown, text: RegExp): string {
	expect(Object.keys(data as object)).toEqual(['message']);
	const message = (data as { message: string }).message;
	const match = /^(.*) reference ID: ([0-9a-f-]{36})$/s.exec(message);
	expect(match).not.toBeNull();
	expect(match![1]).toMatch(text);
	expect(match![2]).toMatch(UUID_RE);
	return match![2];
}

/** The key order of S2's example product object (docs/api-notes.md#s2-fulfillment-create). */
export const PRODUCT_KEYS = [
	'id',
	'organization',
	'sku',
	'brand',
	'gtin',
	'name',
	'remarks',
	'imageMain',
	'packageLengthMm',
	'packageWidthMm',
	'packageHeightMm',
	'shippingWeightKg',
	'caseUnit',
	'casePack',
	'caseLengthMm',
	'caseWidthMm',
	'caseHeightMm',
	'caseWeightKg',
	'condition',
	'serialNumberRequired',
	'expiryDateRequired',
	'unknown',
	'createdAt',
	'updatedAt',
	'otherIds',
];

/** The key order of S2's example warehouse object (docs/api-notes.md#s2-fulfillment-create). */
export const WAREHOUSE_KEYS = [
	'id',
	'organization',
	'name',
	'address',
	'dropshipper',
	'fulfillmentCenter',
	'rmaCenter',
	'unitSystem',
	'createdAt',
	'updatedAt',
];

export const ADDRESS_KEYS = [
	'name',
	'company',
	'address1',
	'address2',
	'city',
	'state',
	'postalCode',
	'countryId',
	'phone',
	'email',
];

/** The key order of S2's example POST /fulfillment response (docs/api-notes.md#s2-fulfillment-create). */
export const FULFILLMENT_KEYS = [
	'id',
	'status',
	'address',
	'channelFulfillmentId',
	'meta',
	'warehouse',
	'warehousePickId',
	'shippingMethod',
	'items',
	'createdAt',
	'updatedAt',
	'attachments',
	'shipments',
	'orderOrganization',
	'shipByDate',
	'deliverByDate',
	'customerNote',
	'referenceIds',
	'orderId',
	'orderDate',
	'orderAccountId',
	'orderChannelOrderId',
];

export const SHIPMENT_KEYS = [
	'id',
	'fulfillmentId',
	'manifestId',
	'channelShipmentId',
	'status',
	'meta',
	'shippingCarrier',
	'trackingNumber',
	'trackingUrl',
	'items',
	'labels',
	'packages',
	'createdAt',
	'updatedAt',
];

export const LABEL_KEYS = [
	'id',
	'type',
	'carrier',
	'trackingNumber',
	'trackingUrl',
	'amount',
	'amountCurrency',
	'filePath',
	'purchasedLabel',
	'createdAt',
	'updatedAt',
];
