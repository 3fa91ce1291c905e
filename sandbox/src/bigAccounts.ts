import { FULFILLBOT_USER_ID, S2, SHOPLINE, SHOPLINE_SEED, seedState } from './seed';
import type { SandboxState } from './state';

/**
 * Seeds for big accounts (issue 16: triggers at merchant scale). The seed state with, for the seeded
 * Fulfillbot user, S2 organization A and SHOPLINE store, many records cloned from seeded ones (so the
 * shapes stay the sandbox's own), spread over time, newest last, and a few still open:
 * - Fulfillbot: 8,000 purchase orders over two years, the newest 100 open (pending … in_warehouse),
 *   the others completed (1 in 20 cancelled);
 * - SHOPLINE: a 10,000-order store over a year, the newest 200 paid and unshipped, the others paid and shipped;
 * - S2: 8,000 orders of organization A over a year, the newest 2,000 UNFULFILLED, the others FULFILLED.
 * `npm run sandbox -- --seed big`, or `startSandbox({ seed: 'big' })`; a reset returns to it.
 */
export interface BigAccountSizes {
	fulfillbot: { orders: number; open: number; days: number };
	shopline: { orders: number; open: number; days: number };
	s2: { orders: number; open: number; days: number };
}

export const BIG_ACCOUNTS: BigAccountSizes = {
	fulfillbot: { orders: 8000, open: 100, days: 730 },
	shopline: { orders: 10000, open: 200, days: 365 },
	s2: { orders: 8000, open: 2000, days: 365 },
};

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const DAY = 86_400_000;
const isoZ = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const isoPlus8 = (ms: number) =>
	new Date(ms + 8 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00');
const OPEN_PO = ['pending', 'paid', 'purchased', 'shipped_to_warehouse', 'in_warehouse'] as const;

/** Record i of n, spread evenly over `days` ending an hour before `end`. */
const at = (i: number, n: number, days: number, end: number) =>
	end - 3_600_000 - Math.round(((n - 1 - i) / Math.max(1, n - 1)) * days * DAY);

export function bigAccountsState(
	sizes: BigAccountSizes = BIG_ACCOUNTS,
	end: number = Date.now(),
): SandboxState {
	const state = seedState();

	const fb = sizes.fulfillbot;
	const fbTemplate = state.fulfillbot.orders.find((o) => o.userId === FULFILLBOT_USER_ID)!;
	state.fulfillbot.orders = state.fulfillbot.orders.filter((o) => o.userId !== FULFILLBOT_USER_ID);
	for (let i = 0; i < fb.orders; i++) {
		const ms = at(i, fb.orders, fb.days, end);
		const open = i >= fb.orders - fb.open;
		const status = open ? OPEN_PO[i % OPEN_PO.length] : i % 20 === 0 ? 'cancelled' : 'completed';
		const day = isoZ(ms).slice(0, 10).replace(/-/g, '');
		state.fulfillbot.orders.push({
			...clone(fbTemplate),
			orderNo: `ORD-${day}-${String(i + 1).padStart(5, '0')}`,
			status,
			createdAt: isoZ(ms),
			updatedAt: isoZ(ms),
		});
	}

	const sl = sizes.shopline;
	const slTemplate = state.shopline.orders.find((o) => o.id === SHOPLINE_SEED.orders.unshipped)!;
	state.shopline.orders = state.shopline.orders.filter((o) => o.handle !== SHOPLINE.handle);
	for (let i = 0; i < sl.orders; i++) {
		const ms = at(i, sl.orders, sl.days, end);
		const order = clone(slTemplate);
		order.id = `210574019328264${String(i + 1).padStart(11, '0')}`;
		order.name = `#${200001 + i}`;
		order.created_at = isoPlus8(ms);
		order.updated_at = isoPlus8(ms);
		order.financial_status = 'paid';
		order.fulfillments = [];
		const shipped = i < sl.orders - sl.open;
		order.fulfillment_status = shipped ? 'shipped' : 'unshipped';
		order.line_items = order.line_items.map((line, j) => ({
			...line,
			id: `8${String(i + 1).padStart(8, '0')}${String(j + 1).padStart(4, '0')}`,
			...(shipped ? { fulfillable_quantity: 0, fulfillment_status: 'fulfilled' as const } : {}),
		}));
		state.shopline.orders.push(order);
	}

	const s2 = sizes.s2;
	const s2Template = state.s2.orders.find(
		(o) => o.organizationId === S2.orgA && o.status === 'UNFULFILLED',
	)!;
	state.s2.orders = state.s2.orders.filter((o) => o.organizationId !== S2.orgA);
	state.s2.fulfillments = state.s2.fulfillments.filter((f) => f.organizationId !== S2.orgA);
	for (let i = 0; i < s2.orders; i++) {
		const ms = new Date(at(i, s2.orders, s2.days, end)).toISOString();
		const open = i >= s2.orders - s2.open;
		state.s2.orders.push({
			...clone(s2Template),
			id: `b16e0000-0000-4000-8000-${(i + 1).toString(16).padStart(12, '0')}`,
			status: open ? 'UNFULFILLED' : 'FULFILLED',
			assignStatus: open ? 'UNASSIGNED' : 'ASSIGNED',
			channelOrderId: `BIG-${i + 1}`,
			channelOrderDate: ms,
			createdAt: ms,
			updatedAt: ms,
		});
	}
	return state;
}
