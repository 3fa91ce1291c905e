/** `ORD-20240115-001`: prefix, the sandbox date, then a running number (the docs' seeds count across days). */
export function orderNumber(prefix: string, sequence: number, now: number): string {
	const day = new Date(now).toISOString().slice(0, 10).replace(/-/g, '');
	return `${prefix}-${day}-${String(sequence).padStart(3, '0')}`;
}
