// Copilot's list answers: exact-match filters first, then pages of `limit` records chained by an
// opaque `nextToken`. How large a page may be (PAGE_SIZES in server-rules.js): the lists Copilot's
// own apps read in pages of thousands serve what `limit` asks; the others serve at most 100 and say
// nothing of it. A test can switch every list to refuse a `limit` above 100, or to cap it silently.
const { invalid } = require('./errors');
const { behaviour, LARGE_PAGE_LISTS } = require('./server-rules');

/** What every list serves at most, and what the others than LARGE_PAGE_LISTS serve. */
const MAX_PAGE = 100;

/** How lists answer a `limit` above 100: 'serve' (as Copilot's apps show), 'refuse' (400) or 'cap' (silently 100). */
const PAGE_MODES = ['serve', 'refuse', 'cap'];

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

/** The records a page of this list holds at most for `limit`, or Copilot's 400 when the mode refuses it. */
function pageSize(limit, { operation, pageMode = 'serve' }) {
	if (limit <= MAX_PAGE) return limit;
	if (pageMode === 'refuse') throw invalid(`limit must be less than or equal to ${MAX_PAGE}`);
	return pageMode === 'serve' && LARGE_PAGE_LISTS[operation] ? limit : MAX_PAGE;
}

function readLimit(query, defaultLimit) {
	if (query.limit === undefined) return defaultLimit;
	const limit = Number(query.limit);
	if (query.limit.trim() === '' || !Number.isInteger(limit) || limit < 1) throw invalid('limit must be a positive integer');
	return limit;
}

/**
 * One page of `records`, from the offset in `nextToken`; its own `nextToken` only when more follow.
 * `list` says which list it is (`operation`, its SDK name) and how large pages are served (`pageMode`).
 */
function page(records, query, { defaultLimit = MAX_PAGE, operation, pageMode } = {}) {
	const size = pageSize(readLimit(query, defaultLimit), { operation, pageMode });
	const offset = query.nextToken ? decodeToken(query.nextToken) : 0;
	const end = offset + size;
	const answer = { data: records.slice(offset, end) };
	if (end < records.length) answer.nextToken = encodeToken(end);
	return answer;
}

module.exports = { MAX_PAGE, PAGE_MODES, applyFilters, page };
