// Injected failures (`failNext`): the next matching requests are answered with a given status,
// before the rate limit, the API key or the route are looked at, to test clients' retries.

// What Copilot would say with each status, unless the test gives its own body.
const DEFAULT_BODIES = {
	400: { code: 'parameter_invalid', message: 'Invalid request' },
	401: { code: 'unauthorized', message: 'Invalid API key' },
	403: { code: 'forbidden', message: 'Forbidden' },
	404: { code: 'not_found', message: 'Not found' },
	429: { code: 'rate_limit_exceeded', message: 'Too many requests. Requests are limited to 20 per second.' },
};

function defaultBody(status) {
	if (DEFAULT_BODIES[status]) return DEFAULT_BODIES[status];
	if (status >= 500) return { code: 'internal_error', message: `Injected failure: HTTP ${status}` };
	return { code: 'injected_failure', message: `Injected failure: HTTP ${status}` };
}

/** Validates and normalises a `failNext` request, so a mistyped test fails at once, not later. */
function createFailure({ status, count = 1, method, path, body } = {}) {
	if (!Number.isInteger(status) || status < 100 || status > 599) throw new TypeError('failNext needs an HTTP status from 100 to 599');
	if (!Number.isInteger(count) || count < 1) throw new TypeError('failNext count must be a positive integer');
	return { status, remaining: count, method: method?.toUpperCase(), path, body: body === undefined ? defaultBody(status) : body };
}

/** Spends one use of the first pending failure matching the request; its answer, or undefined. */
function takeFailure(failures, { method, path }) {
	const index = failures.findIndex(
		(failure) => (failure.method === undefined || failure.method === method) && (failure.path === undefined || failure.path === path),
	);
	if (index === -1) return undefined;
	const failure = failures[index];
	failure.remaining -= 1;
	// Spent failures leave the queue, so a long run does not scan old ones.
	if (failure.remaining === 0) failures.splice(index, 1);
	return { status: failure.status, body: failure.body };
}

module.exports = { createFailure, takeFailure };
