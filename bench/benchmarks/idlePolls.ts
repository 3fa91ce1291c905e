/** Benchmark 1: requests per idle poll of each trigger and event (seed data), vs the documented formula. */
import { FULFILLBOT_USER_ID, S2, startSandbox, type SandboxState } from '../../sandbox/src';
import { OPEN_PURCHASE_ORDER_STATUSES } from '../../nodes/Fulfillbot/trigger/sources';
import { sandboxClient, type Api } from '../sandboxClient';
import {
	emitted,
	PAGE,
	pollOnce,
	RATE_LIMITS_OFF,
	requestsSinceClear,
	table,
	TRIGGERS,
	verdict,
} from './common';

const FULFILLBOT_EVENTS: Record<string, Array<'orders' | 'shippingOrders' | 'packages'>> = {
	purchaseOrderCreated: ['orders'],
	purchaseOrderStatusChanged: ['orders'],
	shippingOrderStatusChanged: ['shippingOrders'],
	packageArrived: ['packages'],
};
const S2_ORDER_EVENTS = ['orderStatusChanged', 'orderAssignStatusChanged'];
const S2_DETAIL_EVENTS = [
	'fulfillmentCreated',
	'fulfillmentStatusChanged',
	'shipmentStatusChanged',
	'trackingNumberAssigned',
];
const SHOPLINE_EVENTS = [
	'orderCreated',
	'orderUpdated',
	'orderFinancialStatusChanged',
	'orderFulfillmentStatusChanged',
	'fulfillmentCreated',
	'fulfillmentShipmentStatusChanged',
];

const pages = (n: number) => Math.max(1, Math.ceil(n / PAGE));

/** The documented idle-poll cost, computed from the sandbox's state (an independent reading). */
function idleFormula(
	api: Api,
	events: string[],
	state: SandboxState,
): { expected: number; formula: string } {
	if (api === 'fulfillbot') {
		const lists = [...new Set(events.flatMap((e) => FULFILLBOT_EVENTS[e]))];
		// Issue 16: purchase orders cost the newest page + each open status's pages + the newest cancelled page;
		// packages the newest page; shipping orders (no documented filter) every page.
		const counts = lists.map((list) => {
			const mine = (state.fulfillbot[list] as Array<{ userId: number; status: string }>).filter(
				(r) => r.userId === FULFILLBOT_USER_ID,
			);
			if (list === 'orders') {
				const open = OPEN_PURCHASE_ORDER_STATUSES.map((status) =>
					Math.max(1, pages(mine.filter((r) => r.status === status).length)),
				);
				return {
					list,
					n: mine.length,
					pages: 1 + open.reduce((a, b) => a + b, 0) + 1,
					formula: `1 newest + ${open.join('+')} open-status pages + 1 cancelled (of ${mine.length} orders)`,
				};
			}
			if (list === 'packages')
				return { list, n: mine.length, pages: 1, formula: '1 newest packages page' };
			return {
				list,
				n: mine.length,
				pages: pages(mine.length),
				formula: `ceil(${mine.length}/100) ${list}`,
			};
		});
		return {
			expected: counts.reduce((sum, c) => sum + c.pages, 0),
			formula: counts.map((c) => c.formula).join(' + '),
		};
	}
	if (api === 's2') {
		const orders = state.s2.orders.filter((o) => o.organizationId === S2.orgA);
		const withDetails = events.some((e) => S2_DETAIL_EVENTS.includes(e));
		const finished = (status: string) => ['SHIPPED', 'DELIVERED', 'CANCELLED'].includes(status);
		const unfinished = orders.filter((o) => {
			if (o.status === 'CANCELLED') return false;
			if (o.status !== 'FULFILLED') return true;
			const fulfillments = state.s2.fulfillments.filter(
				(f) => f.orderId === o.id && f.organizationId === o.organizationId,
			);
			return !fulfillments.every(
				(f) =>
					finished(f.status) &&
					f.shipments.every(
						(s) => String(s.status) === 'CANCELLED' || (finished(s.status) && !!s.trackingNumber),
					),
			);
		}).length;
		return withDetails
			? {
					expected: pages(orders.length) + unfinished,
					formula: `ceil(${orders.length}/100) pages + ${unfinished} unfinished orders' details`,
				}
			: { expected: pages(orders.length), formula: `ceil(${orders.length}/100) pages` };
	}
	return { expected: 1, formula: '1' };
}

export interface IdleRow {
	trigger: string;
	events: string;
	measured: number;
	expected: number;
	formula: string;
	emitted: number;
}

export async function idlePolls(): Promise<IdleRow[]> {
	const sandbox = await startSandbox({ port: 0, rateLimits: RATE_LIMITS_OFF });
	const ctl = sandboxClient(sandbox);
	const rows: IdleRow[] = [];
	try {
		const state = await ctl.state();
		const cases: Array<[Api, string[]]> = [
			...Object.keys(FULFILLBOT_EVENTS).map((e): [Api, string[]] => ['fulfillbot', [e]]),
			['fulfillbot', Object.keys(FULFILLBOT_EVENTS)],
			...[...S2_ORDER_EVENTS, ...S2_DETAIL_EVENTS].map((e): [Api, string[]] => ['s2', [e]]),
			['s2', [...S2_ORDER_EVENTS, ...S2_DETAIL_EVENTS]],
			...SHOPLINE_EVENTS.map((e): [Api, string[]] => ['shopline', [e]]),
			['shopline', SHOPLINE_EVENTS],
		];
		for (const [api, events] of cases) {
			const primed = await pollOnce(sandbox, api, events);
			await ctl.clearJournal();
			const idle = await pollOnce(sandbox, api, events, primed.staticData);
			const measured = requestsSinceClear(await ctl.journal(api));
			const { expected, formula } = idleFormula(api, events, state);
			rows.push({
				trigger: TRIGGERS[api].label,
				events: events.length > 1 ? `all ${events.length}` : events[0],
				measured,
				expected,
				formula,
				emitted: emitted(idle.items),
			});
		}
	} finally {
		await sandbox.close();
	}
	return rows;
}

/** The cells both tables share, in their order. */
const idleCells = (r: IdleRow) => [r.trigger, r.events, r.measured, r.expected, r.formula];

/** Printed after the measurement: the table without the Emitted column. */
export function idleTable(idle: IdleRow[]): string {
	return table(
		['Trigger', 'Events', 'Measured requests', 'Goal (formula)', 'Formula', 'Verdict'],
		idle.map((r) => [...idleCells(r), verdict(r.measured <= r.expected)]),
	);
}

export function idleMissed(idle: IdleRow[]): string[] {
	return idle
		.filter((r) => r.measured > r.expected)
		.map((r) => `idle poll of ${r.trigger} (${r.events}): ${r.measured} requests vs ${r.expected}`);
}

export function idleSection(idle: IdleRow[]): string[] {
	return [
		'## 1. Requests per idle poll',
		'',
		'Seed data; one priming poll, then the journal is cleared and one idle poll is counted (sandbox journal). Goals:',
		'SHOPLINE 1; Fulfillbot ceil(N/100) per watched list; S2 the order list pages, plus the details of each unfinished',
		'order when a fulfillment or shipment event is selected. "Formula" is computed from the sandbox state, not from',
		'the node. "Emitted" must be 0 on an idle poll.',
		'',
		table(
			['Trigger', 'Events', 'Measured requests', 'Goal (formula)', 'Formula', 'Emitted', 'Verdict'],
			idle.map((r) => [
				...idleCells(r),
				r.emitted,
				verdict(r.measured <= r.expected && r.emitted === 0),
			]),
		),
		'',
	];
}
