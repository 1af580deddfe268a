// Copilot's list answers: exact-match filters, then pages of `limit` (at most 100) with `nextToken`.
const { invalid } = require('./errors');

const MAX_PAGE = 100;

const encodeToken = (offset) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeToken(token) {
	const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
	if (!match) throw invalid('nextToken is invalid');
	return Number(match[1]);
}

/** Keeps the records whose field equals each given query filter (booleans come as "true"/"false"). */
function applyFilters(records, query, filters) {
	const wanted = filters.filter((name) => query[name] !== undefined && query[name] !== '');
	if (wanted.length === 0) return records;
	return records.filter((record) => wanted.every((name) => String(record[name]) === query[name]));
}

function page(records, query, defaultLimit = MAX_PAGE) {
	const limit = query.limit === undefined ? defaultLimit : Number(query.limit);
	if (!Number.isInteger(limit) || limit < 1) throw invalid('limit must be a positive integer');
	const offset = query.nextToken ? decodeToken(query.nextToken) : 0;
	const end = offset + Math.min(limit, MAX_PAGE);
	const body = { data: records.slice(offset, end) };
	if (end < records.length) body.nextToken = encodeToken(end);
	return body;
}

module.exports = { MAX_PAGE, applyFilters, page };
