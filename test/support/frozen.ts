/**
 * `value` frozen all the way down, so a pure trigger core that writes to the state it was given throws
 * (test modules run in strict mode) instead of changing its caller's copy unseen.
 */
export function deepFrozen<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const child of Object.values(value)) deepFrozen(child);
		Object.freeze(value);
	}
	return value;
}
