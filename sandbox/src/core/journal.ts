/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { IncomingHttpHeaders } from 'node:http';
import type { ApiName } from './apiName';

/** One API request as the sandbox saw it. Tests assert on these instead of mocking HTTP. */
export interface JournalEntry {
	seq: number;
	/** ISO time (sandbox clock) the request arrived. */
	at: string;
	api: ApiName;
	method: string;
	/** Relative to the API's base URL, without the query: `/user/profile`, `/account`, `/orders/count.json`. */
	path: string;
	query: Record<string, unknown>;
	/** Lower-cased names; credentials masked (see maskHeaders). */
	headers: Record<string, string>;
	/** Parsed JSON body, or null when there was none. */
	body: unknown;
	/** Status sent; null while in flight or for a `hang` fault. */
	status: number | null;
	/** Which seeded key / token / store matched (`all`, `alpha`, `sandbox-store`), else null. */
	principal: string | null;
	/** SHOPLINE only: the store handle and API version from the URL. */
	handle?: string;
	version?: string;
	/** Set when a fault answered instead of the real handler. */
	fault?: string;
}

/** Headers whose values are secrets: never stored in clear, not even in the journal. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization']);
const DROPPED_HEADERS = new Set(['cookie', 'set-cookie']);

/**
 * `Bearer sk-sandbox-all-scopes-0001` -> `Bearer sk-***`: enough to prove the scheme and the
 * key's prefix were sent, never enough to replay the credential.
 */
export function maskCredential(value: string): string {
	const match = /^(\S+)\s+(.*)$/.exec(value.trim());
	if (!match) return `${value.trim().slice(0, 3)}***`;
	return `${match[1]} ${match[2].slice(0, 3)}***`;
}

export function maskHeaders(headers: IncomingHttpHeaders): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [rawName, rawValue] of Object.entries(headers)) {
		if (rawValue === undefined) continue;
		const name = rawName.toLowerCase();
		if (DROPPED_HEADERS.has(name)) continue;
		const value = Array.isArray(rawValue) ? rawValue.join(', ') : String(rawValue);
		out[name] = SECRET_HEADERS.has(name) ? maskCredential(value) : value;
	}
	return out;
}

/** Oldest entries are dropped past this, so a long-running embedded sandbox stays small. */
const MAX_ENTRIES = 5000;

export class Journal {
	private entries: JournalEntry[] = [];
	private seq = 0;

	/** Records a request as it arrives (status null) and returns the live entry to be completed later. */
	open(entry: Omit<JournalEntry, 'seq'>): JournalEntry {
		const full: JournalEntry = { seq: ++this.seq, ...entry };
		this.entries.push(full);
		if (this.entries.length > MAX_ENTRIES)
			this.entries.splice(0, this.entries.length - MAX_ENTRIES);
		return full;
	}

	list(api?: ApiName): JournalEntry[] {
		return this.entries.filter((e) => !api || e.api === api);
	}

	clear(): void {
		this.entries = [];
		this.seq = 0;
	}
}
