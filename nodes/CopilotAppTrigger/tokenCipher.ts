import { createDecipheriv, createHmac } from 'crypto';

// How Copilot seals the token it opens a custom app with: hex(IV ‖ AES-128-CBC ciphertext), the
// plaintext PKCS#7-padded, the key the first 16 bytes of HMAC-SHA256 keyed with the custom app's
// API key over an empty message (@assembly-js/node-sdk 3.19.1 dist/utils/crypto.js and
// dist/api/init.js; copilot-platforms/custom-app-base src/lib/token.ts). There is no MAC: a token
// opens with the right key and padding, or it does not; what it says is checked in tokenPayload.ts.

const BLOCK_BYTES = 16;
/** Far longer than any token Copilot makes (a few hundred characters); a longer one is not read. */
export const MAX_TOKEN_CHARS = 4096;
const HEX = /^[0-9a-fA-F]+$/;

export type CipherProblem = 'missing' | 'malformed' | 'undecryptable';

export type Opened = { ok: true; plaintext: Buffer } | { ok: false; problem: CipherProblem };

/** The AES-128 key for a custom app's API key (the SDK's first 32 hex characters of the digest, as bytes). */
export function tokenKey(appApiKey: string): Buffer {
	return createHmac('sha256', appApiKey).digest().subarray(0, BLOCK_BYTES);
}

/**
 * Opens a token: the IV and at least one whole block of ciphertext, in hex, decrypted with `key`
 * and its PKCS#7 padding checked. A wrong key or an altered token fails the padding check almost
 * always; when it does not, the plaintext is garbage that tokenPayload.ts refuses.
 */
export function decryptToken(token: unknown, key: Buffer): Opened {
	if (token === undefined || token === null || token === '') return { ok: false, problem: 'missing' };
	if (typeof token !== 'string' || token.length > MAX_TOKEN_CHARS || !HEX.test(token)) return { ok: false, problem: 'malformed' };
	const bytes = Buffer.from(token, 'hex');
	if (token.length % 2 !== 0 || bytes.length % BLOCK_BYTES !== 0 || bytes.length < 2 * BLOCK_BYTES) {
		return { ok: false, problem: 'malformed' };
	}
	try {
		const decipher = createDecipheriv('aes-128-cbc', key, bytes.subarray(0, BLOCK_BYTES));
		return { ok: true, plaintext: Buffer.concat([decipher.update(bytes.subarray(BLOCK_BYTES)), decipher.final()]) };
	} catch {
		return { ok: false, problem: 'undecryptable' };
	}
}
