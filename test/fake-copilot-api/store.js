// The fake's records: one insertion-ordered Map per kind of resource, so lists come back in the
// order records were made and lookups by id are O(1).
const { randomUUID } = require('node:crypto');

const { notFound } = require('./errors');

const KINDS = [
	'workspace',
	'client',
	'company',
	'internalUser',
	'task',
	'taskComment',
	'taskTemplate',
	'message',
	'messageChannel',
	'note',
	'file',
	'fileChannel',
	'invoice',
	'invoiceTemplate',
	'payment',
	'product',
	'price',
	'subscription',
	'subscriptionTemplate',
	'contract',
	'contractTemplate',
	'form',
	'formResponse',
	'customField',
	'customFieldOption',
	'notification',
	'appInstall',
	'appConnection',
	// Not a Copilot resource: the storage behind upload URLs, holding a file's bytes under its id.
	'upload',
];

function createStore() {
	const kinds = new Map(KINDS.map((kind) => [kind, new Map()]));
	// A typo in a kind would otherwise read as an empty collection and pass silently.
	const collection = (kind) => {
		const records = kinds.get(kind);
		if (!records) throw new Error(`Unknown kind "${kind}"; known kinds: ${KINDS.join(', ')}`);
		return records;
	};
	return {
		/** Stores a new record; `id`, `object` (the kind), `createdAt` and `updatedAt` unless `fields` sets them. */
		add(kind, fields = {}) {
			const now = new Date().toISOString();
			const record = { id: randomUUID(), object: kind, createdAt: now, updatedAt: now, ...fields };
			collection(kind).set(record.id, record);
			return record;
		},
		get: (kind, id) => collection(kind).get(id),
		/** The record, or Copilot's 404 naming `label` ("Client not found"). */
		find(kind, id, label) {
			const record = collection(kind).get(id);
			if (!record) throw notFound(label);
			return record;
		},
		list: (kind) => [...collection(kind).values()],
		/** Replaces the record with `changes` applied; identity fields stay, `updatedAt` moves on. */
		update(kind, id, changes) {
			const current = collection(kind).get(id);
			if (!current) throw notFound(kind);
			const { id: keptId, object, createdAt } = current;
			const record = { ...current, ...changes, id: keptId, object, createdAt, updatedAt: new Date().toISOString() };
			// Map.set on an existing key keeps its place, so lists keep their order.
			collection(kind).set(id, record);
			return record;
		},
		remove: (kind, id) => collection(kind).delete(id),
		clear: () => kinds.forEach((records) => records.clear()),
	};
}

module.exports = { KINDS, createStore };
