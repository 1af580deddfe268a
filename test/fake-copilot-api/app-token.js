// How Copilot seals the token it opens a custom app with, written from the documented algorithm
// (@assembly-js/node-sdk 3.19.1 dist/utils/crypto.js, whose generate128BitKey takes the first 32 hex
// characters of HMAC-SHA256 keyed with the app's API key over nothing; custom-app-base
// src/lib/token.ts, which encrypts): hex(IV ‖ AES-128-CBC(PKCS#7(JSON))). The trigger's decryption
// is tested against tokens made here, with padding done by hand rather than by OpenSSL's.
const { createCipheriv, createHmac, randomBytes } = require('node:crypto');

const BLOCK_BYTES = 16;

function appTokenKey(appApiKey) {
	return Buffer.from(createHmac('sha256', appApiKey).digest('hex').slice(0, 32), 'hex');
}

function pkcs7(bytes) {
	const count = BLOCK_BYTES - (bytes.length % BLOCK_BYTES);
	return Buffer.concat([bytes, Buffer.alloc(count, count)]);
}

/**
 * Seals `plaintext` (bytes or text) for the app whose key is `appApiKey`. `pad` turns the plaintext
 * into whole blocks (PKCS#7 by default; a test passes a wrong padding); `iv` is random by default.
 */
function sealAppToken(appApiKey, plaintext, { iv = randomBytes(BLOCK_BYTES), pad = pkcs7 } = {}) {
	const cipher = createCipheriv('aes-128-cbc', appTokenKey(appApiKey), iv);
	cipher.setAutoPadding(false);
	const sealed = Buffer.concat([cipher.update(pad(Buffer.from(plaintext))), cipher.final()]);
	return iv.toString('hex') + sealed.toString('hex');
}

/** A token whose payload is `payload` as JSON, as Copilot opens a custom app with. */
function mintAppToken(appApiKey, payload, options) {
	return sealAppToken(appApiKey, JSON.stringify(payload), options);
}

module.exports = { mintAppToken, sealAppToken };
