import { createHmac, timingSafeEqual } from 'crypto';

/** HMAC-SHA256 of `data` with `secret` (n8n's strict lint allows `crypto`, as n8n's own webhook helper uses it). */
export function hmacSha256(secret: string, data: Buffer | string): Buffer {
	return createHmac('sha256', secret).update(data).digest();
}

export type SignatureEncoding = 'hex' | 'base64';

/**
 * The 32 bytes a signature header carries, or undefined when it is not a well-formed SHA-256
 * signature in one of `encodings` (hex: 64 hex digits; base64: 44 characters with padding).
 */
export function decodeSignature(
	header: unknown,
	encodings: SignatureEncoding[],
): Buffer | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (encodings.includes('hex') && /^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
	if (encodings.includes('base64') && /^[A-Za-z0-9+/]{43}=$/.test(text))
		return Buffer.from(text, 'base64');
	return undefined;
}

/** Constant-time check of a signature header against the expected HMAC (lengths are fixed at 32). */
export function signatureMatches(
	header: unknown,
	expected: Buffer,
	encodings: SignatureEncoding[],
): boolean {
	const given = decodeSignature(header, encodings);
	if (!given || given.length !== expected.length) return false;
	return timingSafeEqual(given, expected);
}
