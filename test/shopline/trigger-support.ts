import type { IDataObject } from 'n8n-workflow';

import { seenFromStatic, seenKey, type SeenOrders } from '../../nodes/Shopline/trigger/tracking';
import { SHOPLINE, SHOPLINE_SEED } from '../../sandbox/src';
import { poll, type PollResult } from '../support/engine';
import type { SandboxFixture } from '../support/sandbox';

export const STATE_KEY = 'node:Trigger under test';

export interface TriggerState {
	orders: {
		cursor: string | null;
		atCursor: string[];
		seen: SeenOrders;
	};
}

const SEEDED_ORDER_IDS: string[] = [
	...Object.values(SHOPLINE_SEED.orders),
	...Array.from({ length: SHOPLINE_SEED.busy.count }, (_, i) => SHOPLINE_SEED.busy.orderId(i)),
];
const SEEDED_FULFILLMENT_IDS: string[] = Object.values(SHOPLINE_SEED.fulfillments);

/**
 * The remembered orders read back from the compact static data, keyed by real id again (ids are
 * stored as fingerprints, so candidates are needed: the seeded ids plus `extra`). A key matching no
 * candidate stays as `?<fingerprint>`, so it still shows up in counts and comparisons.
 */
export function readSeen(
	seenStatic: unknown,
	extra: { orders?: string[]; fulfillments?: string[] } = {},
): SeenOrders {
	const byKey = (ids: string[]) => new Map(ids.map((id) => [seenKey(id), id]));
	const orders = byKey([...SEEDED_ORDER_IDS, ...(extra.orders ?? [])]);
	const fulfillments = byKey([...SEEDED_FULFILLMENT_IDS, ...(extra.fulfillments ?? [])]);
	const out: SeenOrders = {};
	for (const [key, order] of Object.entries(seenFromStatic(seenStatic))) {
		const known = order.fulfillments
			? Object.fromEntries(
					Object.entries(order.fulfillments).map(([k, f]) => [fulfillments.get(k) ?? `?${k}`, f]),
				)
			: undefined;
		out[orders.get(key) ?? `?${key}`] = {
			financial: order.financial,
			fulfillment: order.fulfillment,
			updated: 0,
			...(known ? { fulfillments: known } : {}),
		};
	}
	return out;
}

export interface Store {
	handle: string;
	token: string;
}

/** Polls of the SHOPLINE Trigger against the file's sandbox. */
export function triggerKit(sandbox: SandboxFixture) {
	const credentials = (store: Store = { handle: SHOPLINE.handle, token: SHOPLINE.token }) => ({
		shoplineApi: {
			handle: store.handle,
			accessToken: store.token,
			apiVersion: SHOPLINE.version,
			baseUrlOverride: sandbox.shoplineStoreUrl(store.handle),
		},
	});

	const pollWith = (
		events: string[],
		staticData?: IDataObject,
		store?: Store,
		mode: 'trigger' | 'manual' = 'trigger',
		parameters: IDataObject = {},
	) =>
		poll({
			type: 'shoplineTrigger',
			parameters: { events, ...parameters },
			credentials: credentials(store),
			staticData,
			mode,
		});

	const json = (items: Array<{ json: IDataObject }> | null) => (items ?? []).map((i) => i.json);
	const state = (
		staticData: IDataObject,
		extra?: { orders?: string[]; fulfillments?: string[] },
	) => {
		const orders = (staticData[STATE_KEY] as IDataObject).orders as IDataObject;
		return { ...(orders as unknown as TriggerState['orders']), seen: readSeen(orders.seen, extra) };
	};
	/** [method, path, query] of every SHOPLINE request since the last clear. */
	const requests = async () =>
		(await sandbox.journal('shopline')).map((e) => [e.method, e.path, e.query]);

	/** Creates a fulfillment over HTTP, as a merchant's other tools would. */
	const createFulfillment = async (
		orderId: string,
		lineItemId: string,
		quantity = 1,
		store: Store = { handle: SHOPLINE.handle, token: SHOPLINE.token },
	) => {
		const url = `${sandbox.shoplineStoreUrl(store.handle)}/admin/openapi/${SHOPLINE.version}/orders/${orderId}/fulfillments.json`;
		const response = await fetch(url, {
			method: 'POST',
			headers: {
				Authorization: `Bearer ${store.token}`,
				'Content-Type': 'application/json; charset=utf-8',
			},
			body: JSON.stringify({
				fulfillment: {
					line_items: [{ id: lineItemId, quantity }],
					tracking_info_list: [
						{
							tracking_company: 'UPS',
							tracking_number: '1ZTEST0001',
							tracking_url: 'https://www.ups.com/track',
						},
					],
				},
			}),
		});
		if (response.status >= 300)
			throw new Error(`create fulfillment: ${response.status} ${await response.text()}`);
		return ((await response.json()) as { fulfillment: IDataObject }).fulfillment;
	};

	return { credentials, pollWith, json, state, requests, createFulfillment };
}

/** A SHOPLINE request as the merchant's other tools would send it (the sandbox's store API, over HTTP). */
export async function shoplineCall(
	sandbox: SandboxFixture,
	method: string,
	path: string,
	body?: object,
	store: Store = { handle: SHOPLINE.handle, token: SHOPLINE.token },
): Promise<IDataObject> {
	const url = `${sandbox.shoplineStoreUrl(store.handle)}/admin/openapi/${SHOPLINE.version}${path}`;
	const response = await fetch(url, {
		method,
		headers: {
			Authorization: `Bearer ${store.token}`,
			'Content-Type': 'application/json; charset=utf-8',
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status}`);
	return (await response.json()) as IDataObject;
}

/**
 * The failing request of the property tests: the fake reader calls `fail()` on each request, and a poll
 * step's `failAt` makes that request throw a socket hang up.
 */
export function midPollFailure(warnings: string[]) {
	let requests = 0;
	let failAt: number | null = null;
	return {
		fail(): void {
			if (++requests === failAt) throw new Error('socket hang up');
		},
		/**
		 * One poll from `staticData`. When a request failed, all or nothing: nothing emitted, the saved
		 * state as it was, the failure logged; then undefined (the next poll catches up).
		 */
		async poll(
			pollThrough: (staticData: IDataObject) => Promise<PollResult>,
			staticData: IDataObject,
		): Promise<PollResult | undefined> {
			requests = 0;
			const warned = warnings.length;
			const result = await pollThrough(staticData);
			if (failAt === null || requests < failAt) return result;
			expect(result.items).toBeNull();
			expect(result.staticData).toEqual(staticData);
			expect(warnings.slice(warned)).toEqual([
				'SHOPLINE Trigger: poll failed, retrying next poll: socket hang up',
			]);
			return undefined;
		},
		/** Plays a history: changes applied to the fake, each poll step run with its `failAt`. */
		async play<S extends { op: string; failAt?: number | null }>(
			steps: S[],
			apply: (step: S) => void,
			poll: () => Promise<void>,
		): Promise<void> {
			for (const s of steps) {
				if (s.op !== 'poll') {
					apply(s);
					continue;
				}
				failAt = s.failAt ?? null;
				await poll();
				failAt = null;
			}
		},
	};
}

/**
 * The clock of the property tests' in-memory stores: the current second, a change counter, and the
 * counter's value at the last poll. `n` numbers the records a store creates.
 */
export class FakeClock {
	clock = 0;
	seq = 0;
	lastPollSeq = -1;
	protected n = 0;

	tick(same: boolean): void {
		if (!same) this.clock++;
	}

	/** Marks a record changed now; if a poll already saw it in this second, the clock moves on first. */
	protected touch(record: { second: number; seq: number }): void {
		if (record.second === this.clock && this.lastPollSeq > record.seq) this.clock++;
		record.second = this.clock;
		record.seq = ++this.seq;
	}
}
