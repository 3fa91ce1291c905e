import type { IDataObject } from 'n8n-workflow';

/**
 * Compact static data for triggers that track many open records (issue 7: ≤ 200 KB at 10,000).
 * Record ids are long (UUIDs, 19-digit numbers) and random ids cannot be compressed, so each id
 * is kept as an 8-character fingerprint (48-bit hash), and the repeating values (statuses) as an
 * index into a small table: 8-9 bytes per record instead of 30-120.
 *
 * Fingerprints can collide. Where a poll sees the full list (Fulfillbot, S2), `track` stores the
 * ids whose fingerprint is shared with any other listed id in full (`exact`), so a known record is
 * never confused with another listed one; what is left is a record that appears for the first time
 * with the fingerprint of a tracked one (about n / 2^48 ≈ 4·10⁻¹¹ per new record at n = 10,000).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const FINGERPRINT_LENGTH = 8;

/** 48 bits of a 64-bit string hash (cyrb53-style mixing), as 8 base64url characters. */
export function fingerprint(id: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < id.length; i++) {
		const c = id.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	const bits = [h1 >>> 8, ((h1 & 0xff) << 16) | (h2 >>> 16)]; // 24 + 24 bits
	let out = '';
	for (const b of bits)
		for (let shift = 18; shift >= 0; shift -= 6) out += ALPHABET[(b >>> shift) & 63];
	return out;
}

/**
 * key → value in insertion order, as `{ v: values, e: "<key><value index>…" }`. Keys must all be
 * `keyLength` characters (one fingerprint, or several joined).
 */
export function pack(
	entries: Iterable<[string, string]>,
	keyLength = FINGERPRINT_LENGTH,
): IDataObject {
	const values: string[] = [];
	const index = new Map<string, number>();
	const rows: Array<[string, number]> = [];
	for (const [key, value] of entries) {
		if (key.length !== keyLength)
			throw new Error(`pack: "${key}" is not a ${keyLength}-character key`);
		let at = index.get(value);
		if (at === undefined) index.set(value, (at = values.push(value) - 1));
		rows.push([key, at]);
	}
	// One value (a set, or records all in one status) needs no index at all.
	const width = values.length <= 1 ? 0 : values.length <= 64 ? 1 : values.length <= 4096 ? 2 : 3;
	const digits = (n: number) => {
		let s = '';
		for (let i = width - 1; i >= 0; i--) s += ALPHABET[(n >>> (6 * i)) & 63];
		return s;
	};
	const out: IDataObject = {
		v: values,
		w: width,
		e: rows.map(([key, at]) => key + digits(at)).join(''),
	};
	if (keyLength !== FINGERPRINT_LENGTH) out.k = keyLength;
	return out;
}

/** The entries of `pack`, in order; undefined when the data is not of that shape. */
export function unpack(data: unknown): Array<[string, string]> | undefined {
	const d = data as { v?: unknown; w?: unknown; e?: unknown; k?: unknown } | undefined;
	if (!d || !Array.isArray(d.v) || typeof d.e !== 'string' || typeof d.w !== 'number')
		return undefined;
	const values = d.v as string[];
	const keyLength = typeof d.k === 'number' ? d.k : FINGERPRINT_LENGTH;
	const step = keyLength + d.w;
	const out: Array<[string, string]> = [];
	for (let i = 0; i + step <= d.e.length; i += step) {
		let n = 0;
		for (let j = i + keyLength; j < i + step; j++) n = n * 64 + ALPHABET.indexOf(d.e[j]);
		out.push([d.e.slice(i, i + keyLength), values[n]]);
	}
	return out;
}

/** Last value of each tracked record: by fingerprint, and in full for ids that share one. */
export interface Tracked {
	byKey: Map<string, string>;
	exact: Map<string, string>;
}

export const emptyTracked = (): Tracked => ({ byKey: new Map(), exact: new Map() });

/** `key` is only ever replaced by tests, to force collisions. */
export function valueOf(
	tracked: Tracked,
	id: string,
	key: (id: string) => string = fingerprint,
): string | undefined {
	return tracked.exact.get(id) ?? tracked.byKey.get(key(id));
}

/**
 * Tracks `entries` (id → value). `listed` are all ids this poll saw, tracked or not: an id whose
 * fingerprint another listed id shares is kept in full, so lookups of either stay exact.
 */
export function track(
	entries: Iterable<[string, string]>,
	listed: Iterable<string>,
	key: (id: string) => string = fingerprint,
): Tracked {
	const owners = new Map<string, string | null>(); // fingerprint → its only id, or null when shared
	const note = (id: string, k: string) => {
		const owner = owners.get(k);
		if (owner === undefined) owners.set(k, id);
		else if (owner !== id) owners.set(k, null);
	};
	// Each id hashed once: this runs over every listed record at every poll.
	const list = [...entries].map(([id, value]) => ({ id, value, k: key(id) }));
	for (const id of listed) note(id, key(id));
	for (const { id, k } of list) note(id, k);
	const tracked = emptyTracked();
	for (const { id, value, k } of list) {
		if (owners.get(k) === null) tracked.exact.set(id, value);
		else tracked.byKey.set(k, value);
	}
	return tracked;
}

export function trackedToStatic(tracked: Tracked): IDataObject {
	const out = pack(tracked.byKey);
	if (tracked.exact.size) out.x = Object.fromEntries(tracked.exact);
	return out;
}

/** Reads what `trackedToStatic` wrote; anything else (0.1.0 is unreleased: no older form exists) is nothing. */
export function trackedFromStatic(data: unknown): Tracked | undefined {
	const entries = unpack(data);
	if (entries) {
		const exact = (data as IDataObject).x;
		return {
			byKey: new Map(entries),
			exact: new Map(
				Object.entries(exact && typeof exact === 'object' ? (exact as Record<string, string>) : {}),
			),
		};
	}
	return undefined;
}

/**
 * Full ids where a trigger must name records again (e.g. to read one that left a list), kept small:
 * sorted and front-coded — each entry is one character giving how many leading characters it shares
 * with the previous id (0-63), then the rest. Order numbers such as ORD-20240115-001 cost 3-6 bytes.
 */
export function packIds(ids: Iterable<string>): string[] {
	const sorted = [...new Set(ids)].sort();
	let previous = '';
	return sorted.map((id) => {
		let shared = 0;
		const most = Math.min(63, previous.length, id.length);
		while (shared < most && previous[shared] === id[shared]) shared++;
		previous = id;
		return ALPHABET[shared] + id.slice(shared);
	});
}

export function unpackIds(data: unknown): string[] | undefined {
	if (!Array.isArray(data)) return undefined;
	let previous = '';
	const out: string[] = [];
	for (const entry of data) {
		if (typeof entry !== 'string' || !entry) return undefined;
		const shared = ALPHABET.indexOf(entry[0]);
		if (shared < 0) return undefined;
		previous = previous.slice(0, shared) + entry.slice(1);
		out.push(previous);
	}
	return out;
}
