// Injected failures (`failNext`): the next matching requests are answered as real servers sometimes
// answer, to test clients' retries: with a given status before anything is looked at; or only after
// the request was carried out (`afterWrite`: a gateway's 502 after the backend did the work); slowly
// (`delayMs`); or not at all (`hangUp`: the connection is cut, after the work when `afterWrite`); or
// with a list page that hands back the page token it was asked with (`repeatToken`: a list that never
// ends); with extra answer headers (`headers`, such as Retry-After); or all `count` matching requests
// answered together once the last has arrived (`together`: two look-ups both done before either
// answer comes back, as when two executions race).

const { RATE_LIMITED } = require('./errors');

// What Copilot would say with each status, unless the test gives its own body.
const DEFAULT_BODIES = {
	400: { code: 'parameter_invalid', message: 'Invalid request' },
	401: { code: 'unauthorized', message: 'Invalid API key' },
	403: { code: 'forbidden', message: 'Forbidden' },
	404: { code: 'not_found', message: 'Not found' },
	429: RATE_LIMITED,
};

function defaultBody(status) {
	if (DEFAULT_BODIES[status]) return DEFAULT_BODIES[status];
	if (status >= 500) return { code: 'internal_error', message: `Injected failure: HTTP ${status}` };
	return { code: 'injected_failure', message: `Injected failure: HTTP ${status}` };
}

/** Validates and normalises a `failNext` request, so a mistyped test fails at once, not later. */
function createFailure({
	status,
	count = 1,
	method,
	path,
	body,
	afterWrite = false,
	delayMs = 0,
	hangUp = false,
	repeatToken = false,
	headers,
	together = false,
} = {}) {
	if (status !== undefined && (!Number.isInteger(status) || status < 100 || status > 599)) {
		throw new TypeError('failNext needs an HTTP status from 100 to 599');
	}
	if (status === undefined && !hangUp && !repeatToken && !(delayMs > 0) && !together && headers === undefined) {
		throw new TypeError('failNext needs a status, hangUp, repeatToken, delayMs, headers or together');
	}
	if (status !== undefined && hangUp) throw new TypeError('failNext takes a status or hangUp, not both');
	if (!Number.isInteger(count) || count < 1) throw new TypeError('failNext count must be a positive integer');
	if (!Number.isFinite(delayMs) || delayMs < 0) throw new TypeError('failNext delayMs must be a number of milliseconds');
	if (headers !== undefined && (typeof headers !== 'object' || headers === null)) throw new TypeError('failNext headers must be an object');
	let releaseAll;
	const allArrived = new Promise((resolve) => (releaseAll = resolve));
	return {
		status,
		remaining: count,
		method: method?.toUpperCase(),
		path,
		body: body === undefined && status !== undefined ? defaultBody(status) : body,
		afterWrite,
		delayMs,
		hangUp,
		repeatToken,
		headers,
		// With `together`, every use waits for this; the last use resolves it.
		together: together ? { allArrived, releaseAll } : undefined,
	};
}

/**
 * Spends one use of the first pending failure matching the request; what to do instead of (or after)
 * answering normally, or undefined.
 */
function takeFailure(failures, { method, path }) {
	const index = failures.findIndex(
		(failure) => (failure.method === undefined || failure.method === method) && (failure.path === undefined || failure.path === path),
	);
	if (index === -1) return undefined;
	const failure = failures[index];
	failure.remaining -= 1;
	// Spent failures leave the queue, so a long run does not scan old ones.
	if (failure.remaining === 0) failures.splice(index, 1);
	const { status, body, afterWrite, delayMs, hangUp, repeatToken, headers, together } = failure;
	if (together && failure.remaining === 0) together.releaseAll();
	return {
		answer: status === undefined ? undefined : { status, body, headers },
		afterWrite,
		delayMs,
		hangUp,
		repeatToken,
		headers,
		waitFor: together?.allArrived,
	};
}

module.exports = { createFailure, takeFailure };
