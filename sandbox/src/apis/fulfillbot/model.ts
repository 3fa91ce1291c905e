 
import type { FulfillbotScope } from './scopes';

/** An API key as configured on the "API Keys" page: its secret, owner and scopes. */
export interface FulfillbotKey {
	/** Seed name, reported as the journal's principal. */
	name: string;
	key: string;
	userId: number;
	scopes: FulfillbotScope[];
}

/** GET /user/profile `data` (API reference). */
export interface FulfillbotProfile {
	id: number;
	username: string;
	email: string;
	avatar: string;
	language: string;
	createdAt: string;
}

export const PURCHASE_ORDER_STATUSES = ['pending', 'paid', 'purchased', 'shipped_to_warehouse', 'in_warehouse', 'completed', 'cancelled'] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

/** A purchase order as GET /orders/:id shows it, plus the owning user (internal). */
export interface FulfillbotPurchaseOrder {
	[field: string]: unknown;
	userId: number;
	orderNo: string;
	status: PurchaseOrderStatus;
	totalAmount: number;
	serviceFee: number;
	currency: string;
	platform: string;
	items: Array<{ productId: number; title: string; skuId: string; skuName: string; price: number; quantity: number }>;
	logistics: { trackingNo: string; carrier: string } | null;
	inspection: { result: string; weight: number; photos: string[] } | null;
	createdAt: string;
	updatedAt: string;
}

export interface FulfillbotState {
	keys: FulfillbotKey[];
	users: FulfillbotProfile[];
	orders: FulfillbotPurchaseOrder[];
}
