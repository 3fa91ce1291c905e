import type {
	ShoplineCatalog,
	ShoplineInventoryItem,
	ShoplineInventoryLevel,
	ShoplineLocation,
	ShoplineProduct,
	ShoplineVariant,
} from './catalogModel';

/*
 * The seeded catalog. sandbox-store: two locations, three products, four variants; its SKUs "test",
 * "SKU-GREY" and "MUG-BLUE-12OZ" are S2 organization A's, so the stock-sync example has something to
 * match. busy-store: 600 one-variant products (SKU BUSY-0001 …), for paging and Find by SKU's walk.
 * other-store: one location and one product (isolation).
 */
const T0 = '2026-01-05T10:00:00+08:00';

export const SHOPLINE_CATALOG = {
	locations: {
		main: '5421704248135526901',
		shenzhen: '5421704248135526902',
		other: '5421704248135526903',
		busy: '5421704248135526904',
	},
	products: {
		/** Active, variants "test" (Black) and "SKU-GREY" (Grey). */
		headphones: '16057850264845250791280001',
		/** Active, variant "MUG-BLUE-12OZ". */
		mug: '16057850264845250791280002',
		/** Draft, variant "LAMP-DESK", tracked at Shenzhen only. */
		lamp: '16057850264845250791280003',
		other: '16057850264845250791289001',
	},
	variants: {
		test: '18057850264851626133510001',
		grey: '18057850264851626133510002',
		mug: '18057850264851626133510003',
		lamp: '18057850264851626133510004',
		other: '18057850264851626133519001',
	},
	items: {
		test: '5785060242375680001',
		grey: '5785060242375680002',
		mug: '5785060242375680003',
		lamp: '5785060242375680004',
		other: '5785060242375689001',
	},
	skus: {
		test: 'test',
		grey: 'SKU-GREY',
		mug: 'MUG-BLUE-12OZ',
		lamp: 'LAMP-DESK',
		other: 'OTHER-1',
	},
	/** Levels at `main`: test 30, SKU-GREY 5, MUG-BLUE-12OZ 10; Shenzhen: test 4, LAMP-DESK 0. */
	levels: { test: 30, grey: 5, mug: 10, testShenzhen: 4, lamp: 0 },
	busy: {
		products: 600,
		sku: (i: number) => `BUSY-${String(i + 1).padStart(4, '0')}`,
	},
} as const;

const C = SHOPLINE_CATALOG;

export function locationRecord(
	store: string,
	id: string,
	name: string,
	city: string,
	isDefault: boolean,
): ShoplineLocation {
	return {
		store,
		id,
		name,
		active: true,
		is_default: String(isDefault),
		legacy: false,
		address1: '126 York Street',
		address2: '',
		city,
		province: '',
		province_code: '',
		country: city === 'Shenzhen' ? 'China' : 'United States',
		country_code: city === 'Shenzhen' ? 'CN' : 'US',
		zip: '10001',
		phone: '18883290139',
		phone_code: '001',
		created_at: T0,
		updated_at: T0,
	};
}

export interface VariantSpec {
	id: string;
	item: string;
	sku: string;
	option1?: string;
	price?: string;
}

export function variantRecord(
	productId: string,
	spec: VariantSpec,
	position: number,
	at = T0,
): ShoplineVariant {
	return {
		id: spec.id,
		product_id: productId,
		inventory_item_id: spec.item,
		title: spec.option1 ?? 'Default Title',
		sku: spec.sku,
		barcode: '',
		price: spec.price ?? '19.90',
		compare_at_price: '0.00',
		weight: '0.25',
		weight_unit: 'kg',
		inventory_policy: 'deny',
		inventory_tracker: true,
		required_shipping: true,
		taxable: true,
		option1: spec.option1 ?? null,
		option2: null,
		option3: null,
		option4: null,
		option5: null,
		position,
		created_at: at,
		updated_at: at,
	};
}

/** The handle SHOPLINE makes from a title when none is given: lower case, dashes between words. */
export function handleOf(title: string): string {
	return title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

export function productRecord(
	store: string,
	id: string,
	title: string,
	variants: VariantSpec[],
	at = T0,
	status: ShoplineProduct['status'] = 'active',
): ShoplineProduct {
	return {
		store,
		id,
		title,
		handle: handleOf(title),
		body_html: '',
		status,
		vendor: 'SHOPLINE',
		product_category: 'Electronics',
		spu: '',
		subtitle: '',
		path: '',
		template_path: '',
		tags: [],
		collection_ids: [],
		published_scope: 'web',
		published_at: status === 'active' ? at : null,
		created_at: at,
		updated_at: at,
		variants: variants.map((v, i) => variantRecord(id, v, i + 1, at)),
	};
}

export function itemRecord(store: string, variant: ShoplineVariant): ShoplineInventoryItem {
	return {
		store,
		id: variant.inventory_item_id,
		variant_id: variant.id,
		sku: variant.sku,
		cost: '0.00',
		tracked: true,
		required_shipping: true,
		created_at: variant.created_at,
		updated_at: variant.updated_at,
	};
}

const level = (
	store: string,
	item: string,
	location: string,
	available: number,
): ShoplineInventoryLevel => ({
	store,
	inventory_item_id: item,
	location_id: location,
	available,
	updated_at: T0,
});

/** `count` one-variant products in `store` at one location, with `levelOf(i)` each (bench, busy store). */
export function generatedCatalog(
	store: string,
	location: string,
	count: number,
	sku: (i: number) => string,
	levelOf: (i: number) => number,
): Pick<ShoplineCatalog, 'products' | 'inventoryItems' | 'levels' | 'locations'> {
	const products: ShoplineProduct[] = [];
	const inventoryItems: ShoplineInventoryItem[] = [];
	const levels: ShoplineInventoryLevel[] = [];
	const base = Date.parse(T0);
	for (let i = 0; i < count; i++) {
		const n = String(i + 1).padStart(6, '0');
		const at = new Date(base + i * 60_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
		const product = productRecord(
			store,
			`160578502648452507914${n}`,
			`Item ${sku(i)}`,
			[{ id: `180578502648516261335${n}`, item: `57850602423757${n}`, sku: sku(i) }],
			at,
		);
		products.push(product);
		inventoryItems.push(itemRecord(store, product.variants[0]));
		levels.push(level(store, product.variants[0].inventory_item_id, location, levelOf(i)));
	}
	return {
		products,
		inventoryItems,
		levels,
		locations: [locationRecord(store, location, 'Main Warehouse', 'New York', true)],
	};
}

export function shoplineCatalogSeed(
	busyHandle: string,
	mainHandle: string,
	otherHandle: string,
): ShoplineCatalog {
	const main = mainHandle;
	const products = [
		productRecord(main, C.products.headphones, 'Wireless Headphones', [
			{
				id: C.variants.test,
				item: C.items.test,
				sku: C.skus.test,
				option1: 'Black',
				price: '89.00',
			},
			{
				id: C.variants.grey,
				item: C.items.grey,
				sku: C.skus.grey,
				option1: 'Grey',
				price: '89.00',
			},
		]),
		productRecord(main, C.products.mug, 'Blue Mug 12oz', [
			{ id: C.variants.mug, item: C.items.mug, sku: C.skus.mug, price: '12.50' },
		]),
		productRecord(
			main,
			C.products.lamp,
			'Desk Lamp',
			[{ id: C.variants.lamp, item: C.items.lamp, sku: C.skus.lamp, price: '35.00' }],
			T0,
			'draft',
		),
		productRecord(otherHandle, C.products.other, 'Other Store Item', [
			{ id: C.variants.other, item: C.items.other, sku: C.skus.other },
		]),
	];
	const busy = generatedCatalog(
		busyHandle,
		C.locations.busy,
		C.busy.products,
		C.busy.sku,
		(i) => i % 7,
	);
	return {
		products: [...products, ...busy.products],
		inventoryItems: [
			...products.flatMap((p) => p.variants.map((v) => itemRecord(p.store, v))),
			...busy.inventoryItems,
		],
		locations: [
			locationRecord(main, C.locations.main, 'Main Warehouse', 'New York', true),
			locationRecord(main, C.locations.shenzhen, 'Shenzhen 3PL', 'Shenzhen', false),
			locationRecord(otherHandle, C.locations.other, 'Other Warehouse', 'Boston', true),
			...busy.locations,
		],
		levels: [
			level(main, C.items.test, C.locations.main, C.levels.test),
			level(main, C.items.grey, C.locations.main, C.levels.grey),
			level(main, C.items.mug, C.locations.main, C.levels.mug),
			level(main, C.items.test, C.locations.shenzhen, C.levels.testShenzhen),
			level(main, C.items.lamp, C.locations.shenzhen, C.levels.lamp),
			level(otherHandle, C.items.other, C.locations.other, 3),
			...busy.levels,
		],
		nextSeq: 1,
	};
}
