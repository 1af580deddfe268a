import { createHmac, timingSafeEqual } from 'crypto';

export const SIGNATURE_HEADER = 'x-copilot-signature';

export type SignatureCheck =
	| { valid: true }
	| { valid: false; reason: 'missing' | 'mismatch' };

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** Whether the header has the form of Copilot's signature, so that some secret could verify it. */
export function isWellFormedSignature(header: unknown): header is string {
	return typeof header === 'string' && HEX_SHA256.test(header);
}

/** Lower-case hex HMAC-SHA256 of the body bytes, the form Copilot sends. */
export function signBody(rawBody: Buffer | string, secret: string): string {
	return createHmac('sha256', secret).update(rawBody).digest('hex');
}

/**
 * Checks Copilot's `x-copilot-signature` header against the body bytes exactly as received.
 * Anything but the exact lower-case hex digest is a mismatch; the digests are compared in
 * constant time so the response time does not reveal how much of a forged header was right.
 */
export function verifySignature(rawBody: Buffer, header: unknown, secret: string): SignatureCheck {
	if (header === undefined || header === '') {
		return { valid: false, reason: 'missing' };
	}
	if (!isWellFormedSignature(header)) {
		return { valid: false, reason: 'mismatch' };
	}
	const expected = createHmac('sha256', secret).update(rawBody).digest();
	const received = Buffer.from(header, 'hex');
	return timingSafeEqual(expected, received) ? { valid: true } : { valid: false, reason: 'mismatch' };
}
