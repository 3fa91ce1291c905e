import { z } from 'zod';
import { API_NAMES, type ApiName } from './apiName';

/** What the control API accepts at POST /__sandbox/faults. */
export const faultSpecSchema = z
	.strictObject({
		api: z.enum(API_NAMES),
		/** Any method when omitted. */
		method: z.string().min(1).optional(),
		/** Relative to the API base, exact; a `*` segment matches any one segment. */
		path: z.string().startsWith('/'),
		count: z.number().int().positive().default(1),
		/**
		 * `drop`: read the whole request, then close the connection without answering (the API may have
		 * acted on it); `reset`: close it as soon as the headers arrive, before the body is read;
		 * `commit-then-drop`: the API handles the request (a create is made and kept), then the connection
		 * is dropped before any answer: the client cannot know that it was created.
		 */
		kind: z.enum(['status', 'hang', 'malformed-json', 'html', 'drop', 'reset', 'commit-then-drop']),
		/** Matching requests let through untouched before the fault fires: `skip: 60` hits the 61st. */
		skip: z.number().int().min(0).default(0),
		/** For kind=status (default 500). 429 answers with the API's rate-limit body. */
		status: z.number().int().min(400).max(599).optional(),
	})
	.transform((spec) => ({
		...spec,
		method: spec.method?.toUpperCase(),
		status: spec.kind === 'status' ? (spec.status ?? 500) : spec.status,
	}));

export type FaultSpec = z.input<typeof faultSpecSchema>;
export type Fault = z.output<typeof faultSpecSchema> & { remaining: number; skipped: number };

export function pathMatches(pattern: string, path: string): boolean {
	const p = pattern.split('/');
	const a = path.split('/');
	return p.length === a.length && p.every((seg, i) => seg === '*' || seg === a[i]);
}

/** Armed faults, consumed first-come-first-served by matching requests. */
export class FaultStore {
	private faults: Fault[] = [];

	add(spec: z.output<typeof faultSpecSchema>): Fault {
		const fault = { ...spec, remaining: spec.count, skipped: 0 };
		this.faults.push(fault);
		return fault;
	}

	/**
	 * Takes one use of the first fault matching this request, if any: `reset` faults when the headers
	 * arrive (`early`), every other kind once the body is read.
	 */
	take(api: ApiName, method: string, path: string, early = false): Fault | undefined {
		const fault = this.faults.find(
			(f) =>
				(f.kind === 'reset') === early &&
				f.api === api &&
				(!f.method || f.method === method.toUpperCase()) &&
				pathMatches(f.path, path),
		);
		if (!fault) return undefined;
		if (fault.skipped < fault.skip) {
			fault.skipped += 1;
			return undefined;
		}
		fault.remaining -= 1;
		if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
		return fault;
	}

	list(): Fault[] {
		return [...this.faults];
	}

	clear(): void {
		this.faults = [];
	}
}

/** What an nginx in front of an API returns when the upstream is down. */
export function nginxErrorPage(status: number, reason: string): string {
	return [
		'<html>',
		`<head><title>${status} ${reason}</title></head>`,
		'<body>',
		`<center><h1>${status} ${reason}</h1></center>`,
		'<hr><center>nginx</center>',
		'</body>',
		'</html>',
		'',
	].join('\r\n');
}

/** A 200 JSON response cut off mid-way, as after a dropped upstream connection. */
export const TRUNCATED_JSON = '{"data":{"id":1001,"items":[{"id":"1","name":"trunc';
