/**
 * Reads a trigger's compact static data (nodes/shared/poll/compactState.ts) back as plain maps for
 * assertions. Ids are stored as fingerprints, so the caller names the ids it expects to find.
 */
import { trackedFromStatic, unpack, valueOf } from '../../nodes/shared/poll/compactState';

/** `{ id: value }` of the candidate ids that are tracked; throws when the data is not a tracked map. */
export function trackedValues(data: unknown, candidates: Iterable<string>): Record<string, string> {
	const tracked = trackedFromStatic(data);
	if (!tracked) throw new Error(`not a tracked map: ${JSON.stringify(data)}`);
	const out: Record<string, string> = {};
	for (const id of candidates) {
		const value = valueOf(tracked, id);
		if (value !== undefined) out[id] = value;
	}
	return out;
}

/** How many records the map tracks (candidates or not). */
export function trackedCount(data: unknown): number {
	const tracked = trackedFromStatic(data);
	if (!tracked) throw new Error(`not a tracked map: ${JSON.stringify(data)}`);
	return tracked.byKey.size + tracked.exact.size;
}

/** Both: the map holds exactly `expected` among `candidates`, and nothing else. */
export function trackedExactly(
	data: unknown,
	candidates: Iterable<string>,
): Record<string, string> {
	const values = trackedValues(data, candidates);
	if (trackedCount(data) !== Object.keys(values).length) {
		throw new Error(
			`tracked map holds ${trackedCount(data)} records, ${Object.keys(values).length} of them among the candidates`,
		);
	}
	return values;
}

/**
 * The value any tracked map inside `staticData` (a whole workflow's or node's static data) holds
 * for `id`, or undefined. For end-to-end checks that only know "this trigger remembered that record".
 */
export function trackedValueIn(staticData: unknown, id: string): string | undefined {
	if (!staticData || typeof staticData !== 'object') return undefined;
	const tracked = Array.isArray(staticData)
		? undefined
		: unpack(staticData) && trackedFromStatic(staticData);
	const here = tracked ? valueOf(tracked, id) : undefined;
	if (here !== undefined) return here;
	for (const child of Object.values(staticData as object)) {
		const found = trackedValueIn(child, id);
		if (found !== undefined) return found;
	}
	return undefined;
}

/** True when the static data names `id` in full (e.g. a boundary id) or remembers it in a tracked map. */
export function remembers(staticData: unknown, id: string): boolean {
	return JSON.stringify(staticData).includes(id) || trackedValueIn(staticData, id) !== undefined;
}
