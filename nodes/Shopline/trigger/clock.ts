import type { IDataObject } from 'n8n-workflow';

import type { Stamped } from '../../shared/poll/updatedCursor';

/**
 * SHOPLINE's clock, read from an answer's HTTP Date header (the cursors never use this machine's):
 * `Wed, 26 Nov 2026 07:44:38 GMT` → `2026-11-26T07:44:38Z`; undefined when unreadable.
 */
export function dateToIso(date: string | undefined): string | undefined {
	const ms = date ? Date.parse(date) : NaN;
	return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A SHOPLINE record (order, product) as the `updated_at_min` cursors read it: its id and its `updated_at`. */
export const STAMPED: Stamped<IDataObject> = {
	id: (r) => String(r.id ?? ''),
	updatedAt: (r) => String(r.updated_at ?? ''),
};
