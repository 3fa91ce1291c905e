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

/** The secret values of a credential, as they may appear in an answer (as typed, trimmed, URL-encoded). */
export function secretValues(
	credentials: ICredentialDataDecryptedObject | undefined,
	publicFields: string[],
): string[] {
	const out = new Set<string>();
	for (const [name, value] of Object.entries(credentials ?? {})) {
		if (publicFields.includes(name) || (typeof value !== 'string' && typeof value !== 'number'))
			continue;
		const raw = String(value);
		for (const form of [raw, raw.trim(), safeEncode(raw.trim())]) {
			if (form.length >= MIN_SECRET_LENGTH) out.add(form);
		}
	}
	// Longest first, so a value that contains another is masked whole.
	return [...out].sort((a, b) => b.length - a.length);
}

function safeEncode(value: string): string {
	try {
		return encodeURIComponent(value);
	} catch {
		return value;
	}
}

export function maskText(text: string, secrets: string[]): string {
	let out = text;
	for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(MASK);
	return out;
}

/** A copy of `value` with every secret masked in every string (keys included); other values as they are. */
export function maskSecrets<T>(value: T, secrets: string[]): T {
	if (!secrets.length) return value;
	const walk = (v: unknown): unknown => {
		if (typeof v === 'string') return maskText(v, secrets);
		if (Array.isArray(v)) return v.map(walk);
		if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
			const out: IDataObject = {};
			for (const [key, inner] of Object.entries(v))
				out[maskText(key, secrets)] = walk(inner) as IDataObject[string];
			return out;
		}
		return v;
	};
	return walk(value) as T;
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
