// Copilot's list answers: exact-match filters first, then pages of `limit` records (never more than
// 100) chained by an opaque `nextToken`.
const { invalid } = require('./errors');
const { behaviour } = require('./server-rules');

const MAX_PAGE = 100;

const encodeToken = (offset) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeToken(token) {
	const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
	if (!match) throw invalid('nextToken is invalid');
	return Number(match[1]);
}

/**
 * Keeps the records whose field of each filter's name equals the query value, compared as text
 * because queries are text ("true" matches true). An empty query value filters nothing.
 */
function applyFilters(records, query, filters) {
	behaviour('exact-filters');
	const wanted = filters.filter((name) => query[name] !== undefined && query[name] !== '');
	if (wanted.length === 0) return records;
	return records.filter((record) =>
		wanted.every((name) => record[name] !== undefined && record[name] !== null && String(record[name]) === query[name]),
	);
}

function readLimit(query, defaultLimit) {
	if (query.limit === undefined) return defaultLimit;
	const limit = Number(query.limit);
	if (query.limit.trim() === '' || !Number.isInteger(limit) || limit < 1) throw invalid('limit must be a positive integer');
	return Math.min(limit, MAX_PAGE);
}

/** One page of `records`, from the offset in `nextToken`; its own `nextToken` only when more follow. */
function page(records, query, defaultLimit = MAX_PAGE) {
	const limit = readLimit(query, defaultLimit);
	const offset = query.nextToken ? decodeToken(query.nextToken) : 0;
	const end = offset + limit;
	const answer = { data: records.slice(offset, end) };
	if (end < records.length) answer.nextToken = encodeToken(end);
	return answer;
}

module.exports = { MAX_PAGE, applyFilters, page };
