import type { IDataObject } from 'n8n-workflow';

import { fingerprint } from '../../nodes/shared/poll/compactState';
import {
	claimDelivery,
	forgetInProcessDeliveries,
	RECENT_IDS_LIMIT,
} from '../../nodes/shared/webhook/recentIds';
import {
	decodeSignature,
	hmacSha256,
	signatureMatches,
} from '../../nodes/shared/webhook/webhookSignature';

describe('hmacSha256 / signatureMatches', () => {
	// RFC 4231, test cases 1 and 2 (HMAC-SHA-256).
	it('matches the RFC 4231 vectors', () => {
		expect(hmacSha256('Jefe', 'what do ya want for nothing?').toString('hex')).toBe(
			'5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
		);
		const key = Buffer.alloc(20, 0x0b).toString('latin1');
		expect(hmacSha256(key, 'Hi There').toString('hex')).toBe(
			'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
		);
	});

	it('accepts the signature in hex or base64 (when allowed), and nothing else', () => {
		const mac = hmacSha256('secret', '{"a":1}');
		expect(signatureMatches(mac.toString('hex'), mac, ['hex', 'base64'])).toBe(true);
		expect(signatureMatches(mac.toString('hex').toUpperCase(), mac, ['hex'])).toBe(true);
		expect(signatureMatches(mac.toString('base64'), mac, ['hex', 'base64'])).toBe(true);
		expect(signatureMatches(mac.toString('base64'), mac, ['hex'])).toBe(false);
		expect(signatureMatches([mac.toString('hex')], mac, ['hex'])).toBe(true);
		// Wrong bytes, truncated, padded, empty, missing, not a string.
		const other = hmacSha256('secret', '{"a":2}');
		expect(signatureMatches(other.toString('hex'), mac, ['hex', 'base64'])).toBe(false);
		expect(signatureMatches(mac.toString('hex').slice(0, 62), mac, ['hex'])).toBe(false);
		expect(signatureMatches(`${mac.toString('hex')}00`, mac, ['hex'])).toBe(false);
		expect(signatureMatches('', mac, ['hex', 'base64'])).toBe(false);
		expect(signatureMatches(undefined, mac, ['hex', 'base64'])).toBe(false);
		expect(signatureMatches(42, mac, ['hex', 'base64'])).toBe(false);
		expect(decodeSignature(`sha256=${mac.toString('hex')}`, ['hex'])).toBeUndefined();
	});

	it('compares all 32 bytes: one bit changed at any position is refused, in hex and in base64', () => {
		const mac = hmacSha256('secret', '{"a":1}');
		for (let i = 0; i < 32; i++) {
			const bad = Buffer.from(mac);
			bad[i] ^= 0x80;
			for (const encoding of ['hex', 'base64'] as const)
				expect([
					i,
					encoding,
					signatureMatches(bad.toString(encoding), mac, ['hex', 'base64']),
				]).toEqual([i, encoding, false]);
		}
	});
});

describe('claimDelivery (bounded redelivery guard)', () => {
	beforeEach(() => forgetInProcessDeliveries());

	it('lets an id through once, also after a restart (static data) and when two copies arrive at once (in process)', () => {
		const staticData = {};
		expect(claimDelivery(staticData, 'wf:a', 'whk_1')).toBe(true);
		expect(claimDelivery(staticData, 'wf:a', 'whk_1')).toBe(false);
		// Restart: the process forgot, the saved static data did not.
		forgetInProcessDeliveries();
		const saved = JSON.parse(JSON.stringify(staticData));
		expect(claimDelivery(saved, 'wf:a', 'whk_1')).toBe(false);
		// Two deliveries read the same (old) static data before either was saved: the process tells.
		expect(claimDelivery({}, 'wf:a', 'whk_2')).toBe(true);
		expect(claimDelivery({}, 'wf:a', 'whk_2')).toBe(false);
		// Another workflow node has its own memory.
		expect(claimDelivery({}, 'wf:b', 'whk_2')).toBe(true);
	});

	it("keeps the README's last 1,000 ids: 8,000 bytes of static data, the oldest forgotten first", () => {
		expect(RECENT_IDS_LIMIT).toBe(1_000);
		const staticData: IDataObject = {};
		for (let i = 0; i <= 1_000; i++)
			expect(claimDelivery(staticData, 'wf:c', `id-${i}`)).toBe(true);
		// In the process: id-0 (the 1,001st newest) is forgotten, id-1 (the 1,000th newest) is not.
		expect(claimDelivery({}, 'wf:c', 'id-1')).toBe(false);
		// As n8n stores it (JSON), after a restart.
		const saved = JSON.parse(JSON.stringify(staticData)) as IDataObject;
		expect(String(saved.recentDeliveries)).toHaveLength(8_000);
		expect(String(saved.recentDeliveries).startsWith(fingerprint('id-1'))).toBe(true);
		forgetInProcessDeliveries();
		expect(claimDelivery(JSON.parse(JSON.stringify(saved)), 'wf:c', 'id-1')).toBe(false);
		expect(claimDelivery(JSON.parse(JSON.stringify(saved)), 'wf:c', 'id-0')).toBe(true);
	});

	it('shares an id with other saves only once its own copy was serialized (n8n saves it after creating the run)', () => {
		const a: IDataObject = {};
		const b: IDataObject = {};
		expect(claimDelivery(a, 'wf:d', 'whk_a')).toBe(true);
		expect(claimDelivery(b, 'wf:d', 'whk_b')).toBe(true);
		// b's copy saved first: a's id is not in it yet.
		expect(JSON.parse(JSON.stringify(b)).recentDeliveries).toBe(fingerprint('whk_b'));
		// a's copy, saved later, carries both (oldest accepted first), whatever it loaded.
		expect(JSON.parse(JSON.stringify(a)).recentDeliveries).toBe(
			fingerprint('whk_a') + fingerprint('whk_b'),
		);
		// A copy loaded from a save the process does not know (another process, or before a restart) is merged.
		forgetInProcessDeliveries();
		const loaded: IDataObject = { recentDeliveries: fingerprint('whk_a') };
		expect(claimDelivery(loaded, 'wf:d', 'whk_a')).toBe(false);
		expect(claimDelivery(loaded, 'wf:d', 'whk_c')).toBe(true);
		expect(JSON.parse(JSON.stringify(loaded)).recentDeliveries).toBe(
			fingerprint('whk_a') + fingerprint('whk_c'),
		);
	});
});
