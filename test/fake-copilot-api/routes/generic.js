// Handlers that look the same for every resource: list, retrieve, delete.
const { applyFilters, page } = require('../pagination');

/**
 * A list endpoint: exact-match `filters` from the query, then `where` for anything subtler, then a
 * page (or, with `paginated: false`, everything that matched). `newestFirst` reverses the order.
 */
function list(kind, { filters = [], paginated = true, defaultLimit, where, newestFirst = false } = {}) {
	return ({ store, query, operation, pageMode }) => {
		let records = applyFilters(store.list(kind), query, filters);
		if (where) records = records.filter((record) => where(record, query));
		if (newestFirst) records.reverse();
		return paginated ? page(records, query, { defaultLimit, operation, pageMode }) : { data: records };
	};
}

function retrieve(kind, label) {
	return ({ store, params }) => store.find(kind, params.id, label);
}

function remove(kind, label) {
	return ({ store, params }) => {
		const record = store.find(kind, params.id, label);
		store.remove(kind, record.id);
		return { id: record.id, object: record.object, deleted: true };
	};
}

module.exports = { list, remove, retrieve };
