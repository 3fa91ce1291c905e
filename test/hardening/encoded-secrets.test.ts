import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { hostileCredentials, type Answer, type Seen } from './hostile';
import { recordCounts, type NodeName } from './support';
import { CASES, everything, hostileForFile, rows, runCase } from './table';

/*
 * Issue 21, item 8f: every other test secret is [a-z0-9-], whose URL-encoded form is the secret
 * itself, so masking only the raw value passed them all. Here each key and token carries `+ / =` and a
 * space, and the API echoes the Authorization header URL-encoded (`%2B`, `%20`), form-encoded (space
 * as `+`) and with lower-case hex (`%2b`) in a 500, a 401 and a 200 (an HTML page; and JSON for every
 * GET): no form of any secret may reach an error or an item, over every operation, plain and with
 * Continue On Fail. The forms are computed here with URLSearchParams, apart from the node's own code.
 */

jest.setTimeout(120_000);

const SECRET = {
	fulfillbot: 'sk-hostile+key/9f=ab c2',
	s2: 's2+hostile/token=8e3a 5c',
	shopline: 'shopline+hostile/token=77c1 e0',
};

const api = hostileForFile();

const counts = { runs: 0 };
afterAll(() => recordCounts('encoded-secrets', counts));

const SECRET_FIELD: Record<NodeName, [string, string]> = {
	fulfillbot: ['fulfillbotApi', 'apiKey'],
	s2: ['s2Api', 'accessToken'],
	shopline: ['shoplineApi', 'accessToken'],
};

/** The node's hostile credential with its key or token replaced by the secret above. */
function credentials(node: NodeName): Record<string, ICredentialDataDecryptedObject> {
	const all = hostileCredentials(api.url)[node] as Record<string, ICredentialDataDecryptedObject>;
	const [type, field] = SECRET_FIELD[node];
	return { [type]: { ...all[type], [field]: SECRET[node] } };
}

const urlEncoded = (text: string) => encodeURIComponent(text);
const formEncoded = (text: string) => new URLSearchParams({ v: text }).toString().slice(2);
const lowerHex = (text: string) => text.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase());
const forms = (text: string) => [
	text,
	urlEncoded(text),
	formEncoded(text),
	lowerHex(urlEncoded(text)),
	lowerHex(formEncoded(text)),
];
const ALL_FORMS = Object.values(SECRET).flatMap(forms);

/** The request's Authorization header in every encoded form an API might print it. */
const echoes = (r: Seen) => {
	const auth = String(r.headers.authorization);
	return { url: urlEncoded(auth), form: formEncoded(auth), lower: lowerHex(urlEncoded(auth)) };
};
const ANSWERS: Array<[string, (r: Seen) => Answer]> = [
	[
		'500 JSON',
		(r) => {
			const e = echoes(r);
			return {
				status: 500,
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					message: `Internal error for ${e.url}`,
					errors: `form ${e.form}`,
					detail: e.lower,
				}),
			};
		},
	],
	[
		'401 JSON',
		(r) => {
			const e = echoes(r);
			return {
				status: 401,
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ message: `token ${e.form}`, errors: [e.url, e.lower] }),
			};
		},
	],
	[
		'200 HTML page',
		(r) => {
			const e = echoes(r);
			return {
				status: 200,
				headers: { 'content-type': 'text/html' },
				body: `<html><body><pre>${e.url}\n${e.form}\n${e.lower}</pre></body></html>`,
			};
		},
	],
];

describe('hardening › secrets with + / = and a space, echoed encoded', () => {
	it('the secrets really change when encoded (each form differs from the raw value)', () => {
		for (const secret of Object.values(SECRET)) {
			expect(new Set(forms(secret)).size).toBe(5);
		}
	});

	for (const [what, answer] of ANSWERS) {
		it.each(rows(CASES))(`${what}: %s (plain and Continue On Fail)`, async (_n, c) => {
			counts.runs += 2;
			api.answer = answer;
			const plain = await runCase(c, credentials(c.node));
			const tolerant = await runCase(c, credentials(c.node), { continueOnFail: true });

			// The API received the raw secret and echoed it encoded: the test can fail.
			expect(String(api.seen[0]?.headers.authorization)).toBe(`Bearer ${SECRET[c.node]}`);
			expect(plain.error).toBeDefined();
			expect(tolerant.items.length).toBeGreaterThan(0);
			const text = [plain.error, plain.items, tolerant.items, tolerant.items.map((i) => i.error)]
				.map(everything)
				.join('\n');
			for (const form of ALL_FORMS) expect(text).not.toContain(form);
			// Masked where it was kept (a create's unknown-outcome error keeps no body at all).
			if (!c.moneyMoving) expect(text).toContain('[redacted]');
		});
	}

	it.each(rows(CASES.filter((c) => c.method === 'GET')))(
		'200 JSON echoing it encoded: %s items carry no form of the secret',
		async (_n, c) => {
			counts.runs += 1;
			api.answer = (r) => {
				const e = echoes(r);
				const echo = { url: e.url, form: e.form, lower: e.lower };
				return {
					status: 200,
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ data: echo, orders: [{ id: '1', ...echo }], ...echo }),
				};
			};
			const { items, error } = await runCase(c, credentials(c.node));
			expect(String(api.seen[0]?.headers.authorization)).toBe(`Bearer ${SECRET[c.node]}`);
			const text = everything(items) + everything(error);
			for (const form of ALL_FORMS) expect(text).not.toContain(form);
		},
	);
});
