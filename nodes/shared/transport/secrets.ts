import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

/**
 * The credential an integration's requests carry, and which of its fields are not secret. Every other
 * field (key, token, organization ID, app secret, and any field added later) is masked wherever an
 * API answer could carry it out of the pack: error messages, descriptions, kept bodies, items.
 */
export interface ApiCredential {
	type: string;
	publicFields: string[];
	/**
	 * Fields masked in errors only: values the API's own records carry as data (S2's organization ID is
	 * a field of its orders), so masking them in a good answer would change the records.
	 */
	errorOnlyFields?: string[];
}

export const MASK = '[redacted]';

/** Shorter values are not masked: replacing every "ab" of an answer would garble it and hide nothing. */
const MIN_SECRET_LENGTH = 4;

/**
 * The secret values of a credential, as they may appear in an answer: as typed, trimmed, and each
 * trimmed value URL-encoded (`+` → `%2B`, space → `%20`) and form-encoded (space → `+`, also
 * `!'()~` escaped), each encoded form with upper- and lower-case hex digits (`%2B`, `%2b`).
 */
export function secretValues(
	credentials: ICredentialDataDecryptedObject | undefined,
	publicFields: string[],
): string[] {
	const out = new Set<string>();
	for (const [name, value] of Object.entries(credentials ?? {})) {
		if (publicFields.includes(name) || (typeof value !== 'string' && typeof value !== 'number'))
			continue;
		const raw = String(value);
		for (const form of [raw, raw.trim(), ...encodedForms(raw.trim())]) {
			if (form.length >= MIN_SECRET_LENGTH) out.add(form);
		}
	}
	// Longest first, so a value that contains another is masked whole.
	return [...out].sort((a, b) => b.length - a.length);
}

function encodedForms(value: string): string[] {
	let url: string;
	try {
		url = encodeURIComponent(value);
	} catch {
		return []; // a lone surrogate: no encoded form can carry it
	}
	// application/x-www-form-urlencoded, as URLSearchParams and HTML forms write it.
	const form = url
		.replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
		.replace(/%20/g, '+');
	const lowerHex = (text: string) => text.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase());
	return [url, form, lowerHex(url), lowerHex(form)];
}

export function maskText(text: string, secrets: string[]): string {
	let out = text;
	for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(MASK);
	return out;
}

/**
 * Deeper than this, an answer is refused: no record of the three APIs nests past a dozen levels, and
 * much of what handles an answer after the pack (n8n's error classes, deep copies, its execution
 * store) walks it recursively and would end in "Maximum call stack size exceeded".
 */
export const MAX_ANSWER_DEPTH = 100;

/** The words every too-deep refusal carries (sendOnce reads them to say why a create's answer was not read). */
export const TOO_DEEP = `nests deeper than ${MAX_ANSWER_DEPTH} levels`;

/** An answer refused for its depth (see MAX_ANSWER_DEPTH); errors.ts turns it into the node's error. */
export class AnswerTooDeepError extends Error {
	constructor() {
		super(`The API's answer ${TOO_DEEP}, so it was not read`);
		this.name = 'AnswerTooDeepError';
	}
}

type Container = unknown[] | IDataObject;

/** An empty copy of an array or plain object, or undefined for anything else (kept as it is). */
function emptyLike(value: unknown): Container | undefined {
	if (Array.isArray(value)) return [];
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
		return {};
	return undefined;
}

/**
 * A copy of `value` with every secret masked in every string (keys included); other values as they are.
 * Walked with a work list, not recursion, so a hostile answer nested 10,000 deep cannot overflow the
 * stack here; past MAX_ANSWER_DEPTH it throws AnswerTooDeepError (also with no secrets to mask).
 */
export function maskSecrets<T>(value: T, secrets: string[]): T {
	const leaf = (v: unknown) => (typeof v === 'string' ? maskText(v, secrets) : v);
	const root = emptyLike(value);
	if (!root) return leaf(value) as T;
	const work: Array<{ from: object; to: Container; depth: number }> = [
		{ from: value as object, to: root, depth: 1 },
	];
	for (let next = work.pop(); next; next = work.pop()) {
		const { from, to, depth } = next;
		if (depth > MAX_ANSWER_DEPTH) throw new AnswerTooDeepError();
		const entries: Array<[string, unknown]> = Array.isArray(from)
			? from.map((v, i) => [String(i), v])
			: Object.entries(from);
		for (const [key, inner] of entries) {
			const child = emptyLike(inner);
			const copy = child ?? leaf(inner);
			if (Array.isArray(to)) to.push(copy);
			else to[maskText(key, secrets)] = copy as IDataObject[string];
			if (child) work.push({ from: inner as object, to: child, depth: depth + 1 });
		}
	}
	return root as T;
}

/** The secrets of the context's credential: all of them for an error, those masked in data otherwise. */
export async function credentialSecrets(
	context: {
		getCredentials(type: string, itemIndex?: number): Promise<ICredentialDataDecryptedObject>;
	},
	credential: ApiCredential,
): Promise<{ inErrors: string[]; inData: string[] }> {
	let credentials: ICredentialDataDecryptedObject;
	try {
		credentials = await context.getCredentials(credential.type);
	} catch {
		// No credential (nothing can have been sent with one): nothing to mask.
		return { inErrors: [], inData: [] };
	}
	return {
		inErrors: secretValues(credentials, credential.publicFields),
		inData: secretValues(credentials, [
			...credential.publicFields,
			...(credential.errorOnlyFields ?? []),
		]),
	};
}
