import { ledger } from './ledger';
import type { FulfillbotChannel, FulfillbotProduct, FulfillbotSku, FulfillbotState } from './model';

/**
 * Fulfillbot seed records beyond keys, users and purchase orders. Ids follow the docs' examples
 * where they give one (product 12345 with SKUs s001/s002, cart item 501, address 10, favorite 5,
 * coupon 50, channels ch-001/ch-002, packages 101/102, SHP-20240120-001).
 */
export const FULFILLBOT_SEED = {
	products: {
		nike: 12345,
		wholesaleShoes1688: 12346,
		adidasBackpack: 12347,
		denimJacket: 12348,
		stickerSheet: 12349,
		phoneCases1688: 12350,
		toteBag: 67890,
	},
	/** The 1688 offer behind product 12346; it is not in the catalog until imported. */
	offerId: '700000000001',
	taobaoItemId: '6789012345',
	weidianItemId: '7201234567',
	cartItemId: 501,
	/** In the warehouse and shippable (ORD-20240115-001): 850 g + 800 g. */
	packageIds: [101, 102],
	/** Already shipped on SHP-20240120-001. */
	shippedPackageId: 103,
	shippingOrderNo: 'SHP-20240120-001',
	addressIds: { default: 10, other: 11 },
	favoriteId: 5,
	coupons: { available: 50, claimed: [51, 52] },
	channels: ['ch-001', 'ch-002', 'ch-003', 'ch-004', 'ch-005'],
	wallet: { balance: 2000, frozenBalance: 1025, availableBalance: 975 },
} as const;

const img = (name: string) => `https://example.com/images/${name}.jpg`;
const sku = (skuId: string, name: string, price: number, stock: number): FulfillbotSku => ({
	skuId,
	name,
	price,
	stock,
	image: img(skuId),
});

function product(
	p: Omit<
		FulfillbotProduct,
		'currency' | 'images' | 'imageUrl' | 'shopUrl' | 'originalPrice' | 'stock'
	> & { originalPrice?: number },
): FulfillbotProduct {
	return {
		...p,
		currency: 'CNY',
		originalPrice: p.originalPrice ?? p.price,
		imageUrl: img(`product-${p.id}`),
		images: [img(`product-${p.id}`), img(`product-${p.id}-2`)],
		shopUrl: `https://example.com/shops/${p.shopName.toLowerCase().replace(/\W+/g, '-')}`,
		stock: p.skus.reduce((sum, s) => sum + s.stock, 0),
	};
}

const PRODUCTS: FulfillbotProduct[] = [
	product({
		id: 12345,
		title: 'Nike Air Max 90',
		description: 'Classic sneaker with a visible Air unit.',
		price: 299,
		originalPrice: 499,
		platform: 'taobao',
		platformItemId: '6789012345',
		shopName: 'Nike Official',
		sales: 1580,
		categoryId: 23,
		weight: 850,
		inCatalog: true,
		skus: [sku('s001', 'Black / US 9', 299, 50), sku('s002', 'White / US 9', 319, 30)],
		attributes: [
			{ name: 'Material', value: 'Leather' },
			{ name: 'Origin', value: 'Vietnam' },
		],
	}),
	product({
		id: 12346,
		title: 'Wholesale Sports Shoes',
		description: 'Breathable mesh running shoes, factory direct.',
		price: 89,
		platform: '1688',
		platformItemId: '700000000001',
		shopName: 'Jinjiang Footwear Factory',
		sales: 23000,
		categoryId: 23,
		weight: 700,
		inCatalog: false,
		minOrder: 2,
		skus: [sku('w001', 'Black / 42', 89, 5000), sku('w002', 'White / 42', 89, 5000)],
		attributes: [{ name: 'Material', value: 'Mesh' }],
	}),
	product({
		id: 12347,
		title: 'Adidas Backpack',
		description: 'Classic 3-stripes backpack, 25 L.',
		price: 299,
		originalPrice: 359,
		platform: 'taobao',
		platformItemId: '6789012399',
		shopName: 'Adidas Flagship',
		sales: 640,
		categoryId: 31,
		weight: 800,
		inCatalog: true,
		skus: [sku('b001', 'Black', 299, 40), sku('b002', 'Navy', 279, 25)],
		attributes: [{ name: 'Capacity', value: '25 L' }],
	}),
	product({
		id: 12348,
		title: 'Vintage Denim Jacket',
		description: 'Washed denim jacket, unisex fit.',
		price: 189,
		platform: 'weidian',
		platformItemId: '7201234568',
		shopName: 'Retro Closet',
		sales: 85,
		categoryId: 12,
		weight: 900,
		inCatalog: true,
		skus: [sku('dj01', 'M', 189, 12), sku('dj02', 'L', 189, 9)],
		attributes: [{ name: 'Material', value: 'Cotton' }],
	}),
	// Cheap enough that tests can place hundreds of orders on the seeded wallet.
	product({
		id: 12349,
		title: 'Vinyl Sticker Sheet',
		description: 'Waterproof vinyl stickers, assorted designs.',
		price: 0.5,
		platform: 'taobao',
		platformItemId: '6789012400',
		shopName: 'Sticker Lab',
		sales: 9000,
		categoryId: 40,
		weight: 20,
		inCatalog: true,
		skus: [sku('st01', 'Single sheet', 0.5, 100000), sku('st02', 'Sample swatch', 0.1, 100000)],
		attributes: [],
	}),
	product({
		id: 12350,
		title: 'Wholesale Phone Cases (10 pcs)',
		description: 'Clear TPU phone cases, pack of ten.',
		price: 45,
		platform: '1688',
		platformItemId: '700000000003',
		shopName: 'Shenzhen Case Factory',
		sales: 12000,
		categoryId: 41,
		weight: 300,
		inCatalog: true,
		minOrder: 2,
		skus: [sku('pc01', 'Clear / iPhone 15', 45, 5000)],
		attributes: [{ name: 'Material', value: 'TPU' }],
	}),
	product({
		id: 67890,
		title: 'Handmade Canvas Tote Bag',
		description: 'Heavy canvas tote, hand-stitched.',
		price: 128,
		platform: 'weidian',
		platformItemId: '7201234567',
		shopName: 'Studio Mori',
		sales: 230,
		categoryId: 31,
		weight: 400,
		inCatalog: true,
		skus: [sku('s010', 'Natural', 128, 20), sku('s011', 'Black', 138, 15)],
		attributes: [{ name: 'Material', value: 'Canvas' }],
	}),
];

const ALL_COUNTRIES = ['US', 'GB', 'JP', 'AU', 'DE', 'CA', 'FR', 'KR', 'SG', 'NZ'];

/**
 * Rates chosen so the docs' examples come out: US, 1500 g, 30×20×15 cm -> charge weight 1800 g ->
 * ch-001 80 + 3×35 = 185.00 and ch-002 90 + 3×40 = 210.00, and only those two serve it.
 */
const CHANNELS: FulfillbotChannel[] = [
	{
		channelId: 'ch-001',
		name: 'EMS Express',
		carrier: 'EMS',
		deliveryDays: '7-15',
		supportedCargo: ['general'],
		weightRange: { min: 100, max: 30000 },
		countries: ALL_COUNTRIES,
		firstWeight: 500,
		firstPrice: 80,
		additionalWeight: 500,
		additionalPrice: 35,
		trackingPrefix: 'EMS',
	},
	{
		channelId: 'ch-002',
		name: 'DHL Economy',
		carrier: 'DHL',
		deliveryDays: '10-20',
		supportedCargo: ['general', 'sensitive'],
		weightRange: { min: 100, max: 50000 },
		countries: ALL_COUNTRIES,
		firstWeight: 500,
		firstPrice: 90,
		additionalWeight: 500,
		additionalPrice: 40,
		trackingPrefix: 'DHL',
	},
	{
		channelId: 'ch-003',
		name: 'Yanwen Special Line',
		carrier: 'Yanwen',
		deliveryDays: '12-25',
		supportedCargo: ['general', 'battery'],
		weightRange: { min: 2000, max: 20000 },
		countries: ['US', 'GB', 'DE', 'FR', 'CA', 'AU'],
		firstWeight: 500,
		firstPrice: 60,
		additionalWeight: 500,
		additionalPrice: 25,
		trackingPrefix: 'YW',
	},
	{
		channelId: 'ch-004',
		name: 'SF International Express',
		carrier: 'SF Express',
		deliveryDays: '5-10',
		supportedCargo: ['general', 'sensitive', 'battery', 'liquid'],
		weightRange: { min: 100, max: 10000 },
		countries: ['JP', 'KR', 'SG', 'AU', 'NZ'],
		firstWeight: 500,
		firstPrice: 120,
		additionalWeight: 500,
		additionalPrice: 45,
		trackingPrefix: 'SF',
	},
	{
		channelId: 'ch-005',
		name: 'YunExpress UK Line',
		carrier: 'YunExpress',
		deliveryDays: '8-12',
		supportedCargo: ['general'],
		weightRange: { min: 100, max: 2000 },
		countries: ['GB'],
		firstWeight: 500,
		firstPrice: 70,
		additionalWeight: 500,
		additionalPrice: 30,
		trackingPrefix: 'YT',
	},
];

const COUNTRY_NAMES: Record<string, string> = {
	US: 'United States',
	GB: 'United Kingdom',
	JP: 'Japan',
	AU: 'Australia',
	DE: 'Germany',
	CA: 'Canada',
	FR: 'France',
	KR: 'South Korea',
	SG: 'Singapore',
	NZ: 'New Zealand',
};

const t = (iso: string) => Date.parse(iso);

/** Everything of FulfillbotState but keys, users and orders (seed.ts owns those). */
export function fulfillbotSeedData(
	userId: number,
): Omit<FulfillbotState, 'keys' | 'users' | 'orders'> {
	const data: Omit<FulfillbotState, 'keys' | 'users' | 'orders'> = {
		products: PRODUCTS.map((p) => ({ ...p, skus: p.skus.map((s) => ({ ...s })) })),
		cart: [
			{ id: 501, userId, productId: 12345, skuId: 's001', quantity: 2, selected: true, remark: '' },
		],
		wallets: [{ userId, balance: 0, frozenBalance: 0, currency: 'CNY' }],
		transactions: [],
		packages: [
			{
				id: 101,
				userId,
				productName: 'Nike Air Max 90',
				weight: 850,
				quantity: 1,
				status: 'in_warehouse',
				orderId: 'ORD-20240115-001',
				inspectionPhotos: ['https://example.com/qc/ORD-20240115-001-1.jpg'],
				arrivedAt: '2024-01-18T10:00:00Z',
				shippingOrderNo: null,
			},
			{
				id: 102,
				userId,
				productName: 'Adidas Backpack',
				weight: 800,
				quantity: 1,
				status: 'in_warehouse',
				orderId: 'ORD-20240115-001',
				inspectionPhotos: ['https://example.com/qc/ORD-20240115-001-2.jpg'],
				arrivedAt: '2024-01-18T10:00:00Z',
				shippingOrderNo: null,
			},
			{
				id: 103,
				userId,
				productName: 'Nike Air Max 90',
				weight: 420,
				quantity: 1,
				status: 'shipped',
				orderId: 'ORD-20240117-004',
				inspectionPhotos: [],
				arrivedAt: '2024-01-19T09:00:00Z',
				shippingOrderNo: 'SHP-20240120-001',
			},
		],
		shippingOrders: [
			{
				userId,
				orderNo: 'SHP-20240120-001',
				status: 'shipped',
				channelId: 'ch-001',
				channelName: 'EMS Express',
				carrier: 'EMS',
				trackingNo: 'EMS1234567890CN',
				totalWeight: 420,
				shippingFee: 80,
				currency: 'CNY',
				items: [{ inventoryId: 103, name: 'Nike Air Max 90', quantity: 1, weight: 420 }],
				recipientName: 'John Doe',
				recipientPhone: '+1-555-0123',
				recipientCountry: 'US',
				recipientState: 'California',
				recipientCity: 'Los Angeles',
				recipientAddress: '123 Main St',
				recipientZipCode: '90001',
				remark: '',
				createdAt: '2024-01-20T09:00:00Z',
				updatedAt: '2024-01-21T08:00:00Z',
			},
		],
		addresses: [
			{
				id: 10,
				userId,
				name: 'John Doe',
				phone: '+1-555-0123',
				country: 'US',
				state: 'California',
				city: 'Los Angeles',
				address: '123 Main St',
				zipCode: '90001',
				isDefault: true,
			},
			{
				id: 11,
				userId,
				name: 'Jane Smith',
				phone: '+44-20-7946-0958',
				country: 'GB',
				state: 'Greater London',
				city: 'London',
				address: '221B Baker Street',
				zipCode: 'NW1 6XE',
				isDefault: false,
			},
		],
		favorites: [{ id: 5, userId, productId: 12345, addedAt: '2024-01-10T12:00:00Z' }],
		coupons: [
			{
				id: 50,
				name: 'New User Discount',
				type: 'percentage',
				value: 10,
				minOrderAmount: 200,
				expiresAt: '2030-03-01T00:00:00Z',
			},
			{
				id: 51,
				name: 'Spend 300 Save 30',
				type: 'fixed',
				value: 30,
				minOrderAmount: 300,
				expiresAt: '2030-06-30T00:00:00Z',
			},
			{
				id: 52,
				name: 'Small Order Saver',
				type: 'fixed',
				value: 15,
				minOrderAmount: 100,
				expiresAt: '2030-12-31T00:00:00Z',
			},
		],
		claimedCoupons: [
			{ couponId: 51, userId, claimedAt: '2024-01-05T10:00:00Z', usedByOrderNo: null },
			{ couponId: 52, userId, claimedAt: '2024-01-06T10:00:00Z', usedByOrderNo: null },
		],
		countries: ALL_COUNTRIES.map((code) => ({ code, name: COUNTRY_NAMES[code] })),
		channels: CHANNELS.map((c) => ({
			...c,
			countries: [...c.countries],
			supportedCargo: [...c.supportedCargo],
			weightRange: { ...c.weightRange },
		})),
		sequences: {
			product: 20001,
			cartItem: 502,
			package: 104,
			address: 12,
			favorite: 6,
			transaction: 1,
			order: 6,
			shippingOrder: 2,
		},
	};

	// The seed orders' history, replayed through the ledger so every snapshot adds up:
	// balance 2000.00, frozen 1025.00 (ORD-…-001/002/003 still open), available 975.00.
	const book = ledger(data as FulfillbotState, userId);
	book.recharge(2169, t('2024-01-10T00:00:00Z'));
	book.freeze(598, 'ORD-20240115-001', t('2024-01-15T08:30:00Z'));
	book.freeze(299, 'ORD-20240115-002', t('2024-01-15T09:00:00Z'));
	book.freeze(128, 'ORD-20240116-003', t('2024-01-16T11:20:00Z'));
	book.freeze(89, 'ORD-20240117-004', t('2024-01-17T02:00:00Z'));
	book.freeze(45, 'ORD-20240118-005', t('2024-01-18T07:45:00Z'));
	book.unfreeze(45, 'ORD-20240118-005', t('2024-01-18T08:00:00Z'));
	book.charge(80, 'SHP-20240120-001', t('2024-01-20T09:00:00Z'));
	book.settle(89); // ORD-20240117-004 completed
	return data;
}
