import { signBody, verifySignature } from '../nodes/CopilotTrigger/signature';
import { hmacHex, SECRET } from './helpers/signing';

const body = Buffer.from('{"eventType":"client.created","data":{"id":"c1"}}');

describe('verifySignature', () => {
	it('accepts the lower-case hex HMAC-SHA256 of the body', () => {
		expect(verifySignature(body, hmacHex(body), SECRET)).toEqual({ valid: true });
	});

	it('reports a missing header as missing', () => {
		expect(verifySignature(body, undefined, SECRET)).toEqual({ valid: false, reason: 'missing' });
		expect(verifySignature(body, '', SECRET)).toEqual({ valid: false, reason: 'missing' });
	});

	it('rejects a signature made with another secret', () => {
		expect(verifySignature(body, hmacHex(body, 'another-secret'), SECRET)).toEqual({
			valid: false,
			reason: 'mismatch',
		});
	});

	it('rejects the signature once a single byte of the body changed', () => {
		const signature = hmacHex(body);
		for (const index of [0, 10, body.length - 1]) {
			const tampered = Buffer.from(body);
			tampered[index] ^= 0x01;
			expect(verifySignature(tampered, signature, SECRET).valid).toBe(false);
		}
	});

	it('rejects every form of the digest but the exact lower-case hex', () => {
		const hex = hmacHex(body);
		const digest = Buffer.from(hex, 'hex');
		for (const variant of [
			hex.toUpperCase(),
			`sha256=${hex}`,
			` ${hex}`,
			`${hex} `,
			digest.toString('base64'),
			hex.slice(0, 63),
			`${hex}0`,
			`${hex}, ${hex}`,
			[hex, hex],
		]) {
			expect(verifySignature(body, variant, SECRET)).toEqual({ valid: false, reason: 'mismatch' });
		}
	});

	it('signs an empty body like any other', () => {
		const empty = Buffer.alloc(0);
		expect(verifySignature(empty, hmacHex(empty), SECRET).valid).toBe(true);
	});
});

describe('signBody', () => {
	it('computes what Copilot computes', () => {
		expect(signBody(body, SECRET)).toBe(hmacHex(body));
		expect(signBody(body.toString(), SECRET)).toBe(hmacHex(body));
	});
});
