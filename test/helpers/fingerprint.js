// The event fingerprint as the issue defines it, written independently of the node's iterative
// version, for the unit and end-to-end tests to compare against: SHA-256 of JSON.stringify with
// every object's keys sorted (null-prototype copies, so that a `__proto__` key stays data).
const { createHash } = require('node:crypto');

function sortedKeys(_key, value) {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
	const sorted = Object.create(null);
	for (const key of Object.keys(value).sort()) sorted[key] = value[key];
	return sorted;
}

function referenceCanonicalJson(value) {
	return JSON.stringify(value, sortedKeys);
}

function referenceFingerprint({ eventType, data, previousAttributes }) {
	const text = referenceCanonicalJson({ eventType, data, previousAttributes });
	return createHash('sha256').update(text).digest('hex');
}

module.exports = { referenceCanonicalJson, referenceFingerprint };
