// The fake's records: one insertion-ordered Map per kind of resource.
const { randomUUID } = require('node:crypto');

const { notFound } = require('./errors');

function createStore() {
	const kinds = new Map();
	const collection = (kind) => {
		if (!kinds.has(kind)) kinds.set(kind, new Map());
		return kinds.get(kind);
	};
	return {
		/** Stores a new record of `kind` with an id, `object` and timestamps unless given. */
		add(kind, fields = {}) {
			const now = new Date().toISOString();
			const record = { id: randomUUID(), object: kind, createdAt: now, updatedAt: now, ...fields };
			collection(kind).set(record.id, record);
			return record;
		},
		get: (kind, id) => collection(kind).get(id),
		/** The record, or Copilot's 404 naming `label`. */
		find(kind, id, label) {
			const record = collection(kind).get(id);
			if (!record) throw notFound(label);
			return record;
		},
		list: (kind) => [...collection(kind).values()],
		update(kind, id, fields) {
			const record = { ...collection(kind).get(id), ...fields, updatedAt: new Date().toISOString() };
			collection(kind).set(id, record);
			return record;
		},
		remove: (kind, id) => collection(kind).delete(id),
		clear: () => kinds.clear(),
	};
}

module.exports = { createStore };
