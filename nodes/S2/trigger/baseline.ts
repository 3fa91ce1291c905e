import type { IDataObject } from 'n8n-workflow';

/**
 * What an order's record means when the trigger first reads that order after activation, and does not
 * know the record yet:
 * - 'new': created since the previous poll (or since activation): reported as created;
 * - 'changed': existed at activation but changed since; what it was then is unknown, so its change is
 *   reported from an unknown value (`previousStatus: null`);
 * - 'old': unchanged since activation: its value now is the baseline, nothing is reported.
 */
export type FirstLook = 'new' | 'changed' | 'old';

/**
 * An activation that cannot read every open order's details in one poll (Max Requests per Poll) leaves
 * the others for later polls, with S2's clock at activation (the order list's HTTP `Date`) as their
 * baseline: when such an order is first read, each of its fulfillments and shipments is judged by its
 * own `createdAt` and `updatedAt` against that time. So nothing that changes after activation is lost,
 * whichever poll first reads the order, and no poll exceeds its budget.
 *
 * Where the docs are silent (docs/api-notes.md#s2-timestamps: S2's fulfillment page shows `createdAt`/`updatedAt` on fulfillments and shipments in
 * its examples, and says nothing of when `updatedAt` moves): we take it that any change of a record's
 * status or tracking number moves its `updatedAt` (as S2 does for the example's records, and as every
 * API with the field does), and that the record timestamps and the `Date` header come from one clock.
 * The choices lean towards reporting rather than losing: `Date` has whole seconds, so the baseline is at
 * or before the answer, and a record stamped at the baseline itself counts as after it; a record
 * without a readable `createdAt` counts as new, one without a readable `updatedAt` as changed.
 */
export function firstLookSince(activatedAt: string): (record: IDataObject) => FirstLook {
	const since = Date.parse(activatedAt);
	const atOrAfter = (value: unknown) => {
		const ms = Date.parse(typeof value === 'string' ? value : '');
		return !Number.isFinite(ms) || ms >= since;
	};
	return (record) =>
		atOrAfter(record.createdAt) ? 'new' : atOrAfter(record.updatedAt) ? 'changed' : 'old';
}

/** S2's `Date` header as an ISO time, or undefined when missing or unreadable. */
export function baselineFrom(date: string | undefined): string | undefined {
	const ms = Date.parse(date ?? '');
	return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}
