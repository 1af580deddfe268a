// The fake's HTTP side: reads each request, records it, applies injected failures, the rate limit
// and the API key, then answers from the route table as Copilot would.
const { createServer } = require('node:http');

const { ApiError, invalid } = require('./errors');
const ROUTE_GROUPS = [
	require('./routes/people'),
	require('./routes/work'),
	require('./routes/files'),
	require('./routes/billing'),
	require('./routes/engagement'),
];

function compile([method, template, handle, { open = false } = {}]) {
	const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, '(?<$1>[^/]+)');
	return { method, template, handle, open, pattern: new RegExp(`^${source}$`) };
}

const ROUTES = ROUTE_GROUPS.flat().map(compile);

/** The route for a request, or the Copilot-style error for an unknown path or method. */
function route(method, path) {
	const onPath = ROUTES.map((candidate) => ({ candidate, match: candidate.pattern.exec(path) })).filter(({ match }) => match);
	if (onPath.length === 0) throw new ApiError(404, 'not_found', 'Route not found');
	const found = onPath.find(({ candidate }) => candidate.method === method);
	if (!found) throw new ApiError(405, 'method_not_allowed', `${method} is not allowed on ${path}`);
	const params = Object.fromEntries(Object.entries(found.match.groups ?? {}).map(([name, value]) => [name, decodeURIComponent(value)]));
	return { ...found.candidate, params };
}

function readBody(request) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		request.on('data', (chunk) => chunks.push(chunk));
		request.on('end', () => resolve(Buffer.concat(chunks)));
		request.on('error', reject);
	});
}

function parseJson(rawBody) {
	if (rawBody.length === 0) return { body: undefined };
	const text = rawBody.toString('utf8');
	try {
		return { body: JSON.parse(text) };
	} catch {
		return { body: text, unparseable: true };
	}
}

/** Takes and spends the first injected failure matching the request. */
function takeFailure(failures, method, path) {
	const failure = failures.find(
		(candidate) => candidate.count > 0 && (!candidate.method || candidate.method === method) && (!candidate.path || candidate.path === path),
	);
	if (failure) failure.count--;
	return failure;
}

function createFakeServer({ store, requests, failures, apiKey, bucket, baseUrl }) {
	return createServer(async (request, response) => {
		const url = new URL(request.url, 'http://fake.invalid');
		const entry = {
			method: request.method,
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			body: undefined,
			apiKey: request.headers['x-api-key'],
			status: 0,
			at: Date.now(),
		};
		requests.push(entry);
		const answer = (status, body) => {
			entry.status = status;
			response.statusCode = status;
			if (body === '' || body === undefined) return response.end();
			response.setHeader('content-type', 'application/json');
			response.end(JSON.stringify(body));
		};
		try {
			const rawBody = await readBody(request);
			const { body, unparseable } = parseJson(rawBody);
			entry.body = body;
			const failure = takeFailure(failures, entry.method, entry.path);
			if (failure) return answer(failure.status, failure.body ?? { code: 'injected_failure', message: `Injected ${failure.status}` });
			const found = route(entry.method, entry.path);
			if (!found.open) {
				if (bucket && !bucket.take()) {
					throw new ApiError(429, 'rate_limit_exceeded', 'Too many requests. Requests are limited to 20 per second.');
				}
				if (entry.apiKey !== apiKey) throw new ApiError(401, 'unauthorized', 'Invalid API key');
				if (unparseable) throw invalid('The request body is not valid JSON');
				if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
					throw invalid('The request body must be a JSON object');
				}
			}
			const result = found.handle({
				store,
				params: found.params,
				query: entry.query,
				body: found.open ? undefined : (body ?? {}),
				rawBody,
				headers: request.headers,
				baseUrl: baseUrl(),
			});
			answer(200, result);
		} catch (error) {
			if (error instanceof ApiError) answer(error.status, error.body);
			else answer(500, { code: 'internal_error', message: String(error?.message ?? error) });
		}
	});
}

module.exports = { ROUTES, createFakeServer };
