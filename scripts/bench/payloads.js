// Signed client.updated bodies of chosen sizes and numbers of changed fields, for the benchmarks.
const { copilotSignature } = require('../lib/http/signed-request');

const BASE_CLIENT = {
	id: '6815623f-2661-4954-a42f-f68766dec711',
	object: 'client',
	status: 'active',
	givenName: 'Sample',
	familyName: 'Client',
	email: 'sample.client@example.com',
	companyId: 'd000c9b4-a323-4386-aeba-0e8d7a787138',
};

/** A client.updated event whose `previousAttributes` has `changedFields` leaves. */
function clientUpdated(changedFields, padding = '') {
	const current = {};
	const previous = {};
	for (let i = 0; i < changedFields; i++) {
		current[`field${i}`] = `value ${i} now`;
		previous[`field${i}`] = `value ${i} before`;
	}
	return {
		eventType: 'client.updated',
		data: { ...BASE_CLIENT, notes: padding, customFields: current, previousAttributes: { customFields: previous } },
	};
}

/** A body of exactly `bytes` bytes (padding a text field) with one changed field. */
function bodyOfSize(bytes) {
	const bare = Buffer.byteLength(JSON.stringify(clientUpdated(1)));
	if (bytes < bare) throw new Error(`a body cannot be smaller than ${bare} bytes`);
	return Buffer.from(JSON.stringify(clientUpdated(1, 'x'.repeat(bytes - bare))));
}

function bodyWithChangedFields(count) {
	return Buffer.from(JSON.stringify(clientUpdated(count)));
}

function signed(raw, secret) {
	return { raw, signature: copilotSignature(raw, secret) };
}

module.exports = { bodyOfSize, bodyWithChangedFields, signed };
