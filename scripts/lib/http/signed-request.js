const { createHmac } = require('node:crypto');

/** Copilot's signature: lower-case hex HMAC-SHA256 of the raw body bytes. */
function copilotSignature(body, secret) {
	return createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * Posts a body to a webhook URL signed as Copilot signs it; returns status and body text.
 * `signature: null` sends no signature header, a string sends that header instead.
 */
async function postSigned(url, body, secret, { signature, headers = {} } = {}) {
	const signatureHeader = signature === null ? {} : { 'x-copilot-signature': signature ?? copilotSignature(body, secret) };
	const response = await fetch(url, {
		method: 'POST',
		body,
		headers: { 'content-type': 'application/json', ...signatureHeader, ...headers },
	});
	return { status: response.status, body: await response.text() };
}

module.exports = { copilotSignature, postSigned };
