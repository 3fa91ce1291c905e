/** An S2 organization; every S2 record belongs to exactly one. */
export interface S2Organization {
	id: string;
	name: string;
	createdAt: string;
	updatedAt: string;
}

/** A login token (from S2's Login API) and the organizations its user belongs to. */
export interface S2Token {
	/** Seed name, reported as the journal's principal. */
	name: string;
	token: string;
	organizationIds: string[];
}

/** A sales channel account (GET /account). */
export interface S2Account {
	[field: string]: unknown;
	id: string;
	organizationId: string;
	name: string;
	code: string;
	/** e.g. MARKETPLACE_GENERIC (the only value the docs show). */
	type: string;
	createdAt: string;
	updatedAt: string;
}

/** The docs' address object: all ten fields, "" when empty. */
export interface S2Address {
	name: string;
	company: string;
	address1: string;
	address2: string;
	city: string;
	state: string;
	postalCode: string;
	countryId: string;
	phone: string;
	email: string;
}

export const ADDRESS_FIELDS = [
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
] as const;

/** The warehouse object of S2's example answer (docs/api-notes.md#s2-fulfillment-create) (its `organization` is embedded on output). */
export interface S2Warehouse {
	id: string;
	organizationId: string;
	name: string;
	address: S2Address;
	dropshipper: boolean;
	fulfillmentCenter: boolean;
	rmaCenter: boolean;
	unitSystem: string;
	createdAt: string;
	updatedAt: string;
}

export interface S2Brand {
	id: string;
	name: string;
	nameNormalized: string;
	createdAt: string;
}

/** The product object of S2's example answer (docs/api-notes.md#s2-fulfillment-create). */
export interface S2Product {
	id: string;
	organizationId: string;
	sku: string;
	brand: S2Brand;
	gtin: string;
	name: string;
	remarks: string;
	imageMain: string;
	packageLengthMm: number;
	packageWidthMm: number;
	packageHeightMm: number;
	shippingWeightKg: number;
	caseUnit: string;
	casePack: number;
	caseLengthMm: number;
	caseWidthMm: number;
	caseHeightMm: number;
	caseWeightKg: number;
	condition: string;
	serialNumberRequired: boolean;
	expiryDateRequired: boolean;
	unknown: boolean;
	createdAt: string;
	updatedAt: string;
	otherIds: string[];
}

/** Stock of one product in one warehouse. The docs name only {warehouses, products, items}: field names are inferred. */
export interface S2InventoryItem {
	organizationId: string;
	warehouseId: string;
	productId: string;
	quantityOnHand: number;
	quantityAllocated: number;
	quantityAvailable: number;
}

/** A shipping carrier ("OTHER" is the documented default); shape of the example's `shippingCarrier` (docs/api-notes.md#s2-fulfillment-create). */
export interface S2Carrier {
	id: string;
	name: string;
	createdAt: string;
	updatedAt: string;
}

/** Order statuses: UNFULFILLED and CANCELLED are documented, FULFILLED is inferred. */
export const ORDER_STATUSES = ['UNFULFILLED', 'FULFILLED', 'CANCELLED'] as const;
export type S2OrderStatus = (typeof ORDER_STATUSES)[number];

/** A line of an order. The docs only say `item[]`: productId + quantity + price are a conservative reading. */
export interface S2OrderItem {
	id: string;
	productId: string;
	channelOrderItemId: string | null;
	quantity: number;
	price: number;
	meta: Record<string, unknown>;
}

export interface S2Attachment {
	id: string;
	fileName: string;
	path: string;
	createdAt: string;
	updatedAt: string;
}

export interface S2Order {
	[field: string]: unknown;
	id: string;
	organizationId: string;
	accountId: string;
	status: S2OrderStatus;
	/** ASSIGNED is documented; UNASSIGNED (no fulfillment yet) is inferred. */
	assignStatus: 'UNASSIGNED' | 'ASSIGNED';
	archived: boolean;
	channelOrderId: string;
	channelOrderIdAlt: string;
	channelOrderIdAlt2: string;
	channelShippingMethod: string;
	shippingAddress: S2Address;
	billingAddress: S2Address | null;
	channelOrderDate: string;
	currencyId: string;
	items: S2OrderItem[];
	meta: Record<string, unknown>;
	attachments: S2Attachment[];
	additionalReferenceIds: string[];
	createdAt: string;
	updatedAt: string;
}

/** CREATED and PENDING are documented; SHIPPED is the sandbox's end of the path (inferred). */
export const FULFILLMENT_STATUSES = ['CREATED', 'PENDING', 'SHIPPED'] as const;
export type S2FulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number];

export interface S2Label {
	id: string;
	type: 'PREPAID';
	carrier: string;
	trackingNumber: string;
	trackingUrl: string;
	amount: number;
	amountCurrency: string;
	filePath: string;
	purchasedLabel: null;
	createdAt: string;
	updatedAt: string;
}

export interface S2ShipmentItem {
	channelShipmentItemId: string | null;
	productId: string;
	quantity: number;
	meta: Record<string, unknown>;
}

export interface S2Shipment {
	id: string;
	manifestId: string | null;
	channelShipmentId: string | null;
	status: 'CREATED' | 'SHIPPED';
	meta: Record<string, unknown>;
	shippingCarrierId: string;
	trackingNumber: string;
	trackingUrl: string;
	items: S2ShipmentItem[];
	labels: S2Label[];
	packages: unknown[];
	createdAt: string;
	updatedAt: string;
}

export interface S2FulfillmentItem {
	productId: string;
	channelFulfillmentItemId: string | null;
	quantity: number;
	meta: Record<string, unknown>;
}

/** A fulfillment as stored: ids only; present.ts expands products, warehouse and organizations. */
export interface S2Fulfillment {
	[field: string]: unknown;
	id: string;
	organizationId: string;
	status: S2FulfillmentStatus;
	address: S2Address;
	channelFulfillmentId: string | null;
	meta: Record<string, unknown>;
	warehouseId: string;
	warehousePickId: string;
	/** Not in the docs' enum list (none is published): CREATED / PICKING / COMPLETED are inferred. */
	warehousePickStatus: string;
	shippingMethod: string;
	items: S2FulfillmentItem[];
	attachments: S2Attachment[];
	shipments: S2Shipment[];
	shipByDate: string | null;
	deliverByDate: string | null;
	customerNote: string | null;
	additionalReferenceIds: string[];
	orderId: string | null;
	rmaId: string | null;
	orderAccountId: string | null;
	accountCode: string | null;
	orderType: 0 | 1 | 2;
	method: 0 | 1 | 2 | null;
	signatureRequired: boolean;
	createdAt: string;
	updatedAt: string;
}

export interface S2State {
	organizations: S2Organization[];
	tokens: S2Token[];
	accounts: S2Account[];
	warehouses: S2Warehouse[];
	products: S2Product[];
	inventory: S2InventoryItem[];
	carriers: S2Carrier[];
	orders: S2Order[];
	fulfillments: S2Fulfillment[];
}
