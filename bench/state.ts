/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * Generated sandbox states for the benchmark: the seed state with N records in one list per API
 * (Fulfillbot purchase orders of the seeded user, S2 orders of organization A, SHOPLINE orders of the
 * seeded store), each cloned from a seeded record so the shapes stay the sandbox's own. Loaded with
 * `startSandbox({ stateFile })`, which is far quicker than N create calls.
 */
import { writeFileSync } from 'node:fs';

import {
	FULFILLBOT_USER_ID,
	S2,
	SHOPLINE,
	SHOPLINE_SEED,
	seedState,
	type SandboxState,
} from '../sandbox/src';

type FulfillbotOrder = SandboxState['fulfillbot']['orders'][number];
type S2Order = SandboxState['s2']['orders'][number];
type ShoplineOrder = SandboxState['shopline']['orders'][number];

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const START = Date.parse('2025-01-01T00:00:00Z');
const isoZ = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const isoMs = (ms: number) => new Date(ms).toISOString();
const isoPlus8 = (ms: number) =>
	new Date(ms + 8 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00');

/** A deterministic, valid-looking UUID v4 for record i. */
const uuid = (i: number) => {
	const hex = i.toString(16).padStart(12, '0');
	return `b3e1c0de-0000-4000-8000-${hex}`;
};

export interface Generated {
	/** Records per list. */
	n: number;
	state: SandboxState;
}

/**
 * The seed state with exactly `n` open records in each benchmarked list, created one minute apart
 * (oldest first), replacing the seeded ones of that user / organization / store.
 */
export function generateState(n: number): SandboxState {
	const state = seedState();

	// Fulfillbot: purchase orders of the seeded user, all `pending`.
	const fbTemplate = state.fulfillbot.orders.find((o) => o.status === 'pending') as FulfillbotOrder;
	const fbOthers = state.fulfillbot.orders.filter((o) => o.userId !== FULFILLBOT_USER_ID);
	const fbOrders: FulfillbotOrder[] = [];
	for (let i = 0; i < n; i++) {
		const at = isoZ(START + i * 60_000);
		fbOrders.push({
			...clone(fbTemplate),
			orderNo: `ORD-20250101-${String(i + 1).padStart(5, '0')}`,
			status: 'pending',
			createdAt: at,
			updatedAt: at,
		});
	}
	state.fulfillbot.orders = [...fbOthers, ...fbOrders];

	// S2: orders of organization A, UNFULFILLED and UNASSIGNED.
	const s2Template = state.s2.orders.find(
		(o) => o.organizationId === S2.orgA && o.status === 'UNFULFILLED',
	) as S2Order;
	const s2Others = state.s2.orders.filter((o) => o.organizationId !== S2.orgA);
	const s2Orders: S2Order[] = [];
	for (let i = 0; i < n; i++) {
		const at = isoMs(START + i * 60_000);
		s2Orders.push({
			...clone(s2Template),
			id: uuid(i + 1),
			status: 'UNFULFILLED',
			assignStatus: 'UNASSIGNED',
			channelOrderId: `BENCH-${i + 1}`,
			channelOrderDate: at,
			createdAt: at,
			updatedAt: at,
		});
	}
	state.s2.orders = [...s2Others, ...s2Orders];
	// Fulfillments of the replaced orders would point nowhere.
	state.s2.fulfillments = state.s2.fulfillments.filter((f) => f.organizationId !== S2.orgA);

	// SHOPLINE: orders of the seeded store, open, paid, unshipped (2 lines).
	const slTemplate = state.shopline.orders.find(
		(o) => o.id === SHOPLINE_SEED.orders.unshipped,
	) as ShoplineOrder;
	const slOthers = state.shopline.orders.filter((o) => o.handle !== SHOPLINE.handle);
	const slOrders: ShoplineOrder[] = [];
	for (let i = 0; i < n; i++) {
		const at = isoPlus8(START + i * 60_000);
		const order = clone(slTemplate);
		order.id = `210574019328263170${String(i + 1).padStart(8, '0')}`;
		order.name = `#${100001 + i}`;
		order.created_at = at;
		order.updated_at = at;
		order.line_items = order.line_items.map((line, j) => ({
			...line,
			id: `9${String(i + 1).padStart(8, '0')}${String(j + 1).padStart(4, '0')}`,
		}));
		slOrders.push(order);
	}
	state.shopline.orders = [...slOthers, ...slOrders];
	return state;
}

/**
 * The same lists after every record reached a terminal status: Fulfillbot `completed`, S2
 * `FULFILLED`, SHOPLINE paid and `shipped` (settled for the trigger). Each record's update time
 * moves one second apart after the last creation, as a day of real completions would.
 */
export function completeAll(state: SandboxState): SandboxState {
	const out = clone(state);
	const base = START + 400 * 24 * 3_600_000;
	let i = 0;
	for (const order of out.fulfillbot.orders) {
		if (order.userId !== FULFILLBOT_USER_ID) continue;
		order.status = 'completed';
		order.updatedAt = isoZ(base + i++ * 1000);
	}
	i = 0;
	for (const order of out.s2.orders) {
		if (order.organizationId !== S2.orgA) continue;
		order.status = 'FULFILLED';
		order.updatedAt = isoMs(base + i++ * 1000);
	}
	i = 0;
	for (const order of out.shopline.orders) {
		if (order.handle !== SHOPLINE.handle) continue;
		order.fulfillment_status = 'shipped';
		order.financial_status = 'paid';
		order.line_items = order.line_items.map((line) => ({
			...line,
			fulfillable_quantity: 0,
			fulfillment_status: 'fulfilled' as const,
		}));
		order.updated_at = isoPlus8(base + i++ * 1000);
	}
	return out;
}

export function writeState(path: string, state: SandboxState): void {
	writeFileSync(path, JSON.stringify(state));
}
