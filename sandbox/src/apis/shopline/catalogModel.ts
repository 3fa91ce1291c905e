/*
 * The catalog and stock of a store, as the official Go SDK's types show them (v20260301,
 * rest/admin/v20260301/product/). `store` is internal (the store handle; never sent): a product has its
 * own `handle` field. Ids are numeric strings.
 */

import type { ShoplinePostalAddress } from './address';

export const PRODUCT_STATUSES = ['active', 'draft', 'archived'] as const;
export const WEIGHT_UNITS = ['g', 'kg', 'lb', 'oz', 'zh_kg'] as const;
export const INVENTORY_POLICIES = ['deny', 'continue'] as const;

export interface ShoplineVariant {
	id: string;
	product_id: string;
	inventory_item_id: string;
	title: string;
	sku: string;
	barcode: string;
	price: string;
	compare_at_price: string;
	weight: string;
	weight_unit: (typeof WEIGHT_UNITS)[number];
	inventory_policy: (typeof INVENTORY_POLICIES)[number];
	inventory_tracker: boolean;
	required_shipping: boolean;
	taxable: boolean;
	option1: string | null;
	option2: string | null;
	option3: string | null;
	option4: string | null;
	option5: string | null;
	position: number;
	created_at: string;
	updated_at: string;
}

export interface ShoplineProduct {
	store: string;
	id: string;
	title: string;
	handle: string;
	body_html: string;
	status: (typeof PRODUCT_STATUSES)[number];
	vendor: string;
	product_category: string;
	spu: string;
	subtitle: string;
	path: string;
	template_path: string;
	/** Sent as "tag1, tag2" (the SDK's response type is a string), taken as a list. */
	tags: string[];
	/** Internal: the collections the product is in (filter `collection_id`). */
	collection_ids: string[];
	published_scope: 'web';
	published_at: string | null;
	created_at: string;
	updated_at: string;
	variants: ShoplineVariant[];
}

export interface ShoplineInventoryItem {
	store: string;
	id: string;
	variant_id: string;
	sku: string;
	cost: string;
	tracked: boolean;
	required_shipping: boolean;
	created_at: string;
	updated_at: string;
}

export interface ShoplineLocation extends ShoplinePostalAddress {
	store: string;
	id: string;
	name: string;
	active: boolean;
	is_default: string;
	legacy: boolean;
	phone_code: string;
	created_at: string;
	updated_at: string;
}

/** The stock of one inventory item at one location (exists once connected). */
export interface ShoplineInventoryLevel {
	store: string;
	inventory_item_id: string;
	location_id: string;
	available: number;
	updated_at: string;
}

export interface ShoplineCatalog {
	products: ShoplineProduct[];
	inventoryItems: ShoplineInventoryItem[];
	locations: ShoplineLocation[];
	levels: ShoplineInventoryLevel[];
	/** Next number for generated catalog ids. */
	nextSeq: number;
}
