// The fake's HTTP side. Every request is recorded, then answered in Copilot's order: an injected
// failure first (which may also let the request be carried out, see failures.js), then (for /v1/
// paths) the rate limit, the API key, the route and the body.
const { createServer } = require('node:http');

const { ApiError, invalid, rateLimited, unauthorized } = require('./errors');
const { takeFailure } = require('./failures');
const { keyKindOf, requireKeyFor } = require('./keys');
const { BODY_SHAPES } = require('./schemas');
const { checkShape } = require('./shape');
const { StoredBytes } = require('./storage');
const { isObject } = require('./validation');

const API_PREFIX = '/v1/';
// Fields the server owns: a body cannot choose a record's id or rewrite its history.
const SERVER_FIELDS = ['id', 'object', 'createdAt', 'updatedAt'];

function readBody(request) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		request.on('data', (chunk) => chunks.push(chunk));
		request.on('end', () => resolve(Buffer.concat(chunks)));
		request.on('error', reject);
		// A client that hangs up mid-body never sends 'end'; after 'end' this reject is a no-op.
		request.on('close', () => reject(new Error('The request was closed before its body ended')));
	});
}

/** Path and query of a request target; a target that URL cannot parse is kept whole as the path (and then 404s). */
function parseTarget(target) {
	try {
		const url = new URL(target, 'http://fake.invalid');
		return { path: url.pathname, query: Object.fromEntries(url.searchParams) };
	} catch {
		return { path: target, query: {} };
	}
}

/** The body as recorded: parsed JSON, the raw text when it is not JSON, undefined when empty. */
function parseBody(rawBody) {
	if (rawBody.length === 0) return { body: undefined, isJson: true };
	const text = rawBody.toString('utf8');
	try {
		return { body: JSON.parse(text), isJson: true };
	} catch {
		return { body: text, isJson: false };
	}
}

/** The JSON object a handler works on; Copilot's 400 for anything else. */
function handlerBody(body, isJson) {
	if (!isJson) throw invalid('The request body is not valid JSON');
	if (body === undefined) return {};
	if (!isObject(body)) throw invalid('The request body must be a JSON object');
	return Object.fromEntries(Object.entries(body).filter(([field]) => !SERVER_FIELDS.includes(field)));
}

// File bytes stay in storage: Copilot answers with a file's metadata, never its content.
function withoutBytes(key, value) {
	return Buffer.isBuffer(this[key]) ? undefined : value;
}

function send(response, entry, { status, body, hangUp, headers }) {
	// A client that hung up gets nothing, and its request stays recorded as unanswered (status 0).
	if (response.headersSent || response.destroyed) return;
	if (hangUp) {
		entry.hungUp = true;
		response.socket?.destroy();
		return;
	}
	for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
	if (body instanceof StoredBytes) {
		entry.status = status;
		entry.answeredAt = Date.now();
		response.statusCode = status;
		response.setHeader('content-type', body.contentType);
		response.setHeader('content-length', body.bytes.length);
		return response.end(body.bytes);
	}
	entry.status = status;
	entry.answeredAt = Date.now();
	response.statusCode = status;
	if (body === undefined || body === '') return response.end();
	if (typeof body === 'string') {
		response.setHeader('content-type', 'text/plain; charset=utf-8');
		return response.end(body);
	}
	response.setHeader('content-type', 'application/json');
	const text = JSON.stringify(body, withoutBytes);
	// As the client reads it, for tests that compare answers with Copilot's types.
	entry.answer = JSON.parse(text);
	response.end(text);
}

// Unreferenced: an answer held back for long never keeps the test process alive.
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Copilot's own answer to the request: rate limit, API key, route, what the key may do, the body's
 * shape, then the handler's rules.
 */
function carryOut(context, request, entry, rawBody, isJson) {
	const { store, router, bucket, baseUrl, storageUrl } = context;
	try {
		const isApi = entry.path.startsWith(API_PREFIX);
		if (isApi && bucket && !bucket.take()) throw rateLimited();
		if (isApi) {
			entry.keyKind = keyKindOf(entry.apiKey, context);
			if (!entry.keyKind) throw unauthorized();
		}
		const { handle, params, operation } = router.match(entry.method, entry.path);
		if (isApi) requireKeyFor(operation, entry.keyKind);
		const body = isApi ? handlerBody(entry.body, isJson) : undefined;
		if (BODY_SHAPES[operation]) checkShape(body, BODY_SHAPES[operation]);
		const result = handle({
			store,
			params,
			query: entry.query,
			body,
			rawBody,
			headers: request.headers,
			baseUrl: baseUrl(),
			storageUrl: storageUrl(),
			operation,
			pageMode: context.pages?.mode,
		});
		return { status: 200, body: result };
	} catch (error) {
		return errorAnswer(error);
	}
}

/** A list page that hands back the token it was asked with, so that the list never ends. */
function withRepeatedToken({ status, body }, query) {
	if (status !== 200 || !isObject(body) || body.nextToken === undefined) return { status, body };
	return { status, body: { ...body, nextToken: query.nextToken ?? body.nextToken } };
}

async function answer(context, request, entry) {
	const rawBody = await readBody(request);
	const { body, isJson } = parseBody(rawBody);
	entry.body = body;
	const failure = takeFailure(context.failures, entry);
	if (!failure) return carryOut(context, request, entry, rawBody, isJson);
	const done = failure.afterWrite ? carryOut(context, request, entry, rawBody, isJson) : undefined;
	if (failure.waitFor) await failure.waitFor;
	if (failure.delayMs > 0) await pause(failure.delayMs);
	if (failure.hangUp) return { hangUp: true };
	if (failure.answer) return failure.answer;
	const result = done ?? carryOut(context, request, entry, rawBody, isJson);
	const answered = failure.repeatToken ? withRepeatedToken(result, entry.query) : result;
	return failure.headers ? { ...answered, headers: failure.headers } : answered;
}

function errorAnswer(error) {
	if (error instanceof ApiError) return { status: error.status, body: error.body };
	return { status: 500, body: { code: 'internal_error', message: String(error?.message ?? error) } };
}

/**
 * An http.Server answering as Copilot's API or as its storage host (`context.name`: "api" or
 * "storage"); `context` holds the store, routes, limits and the request log they share.
 */
function createFakeServer(context) {
	return createServer((request, response) => {
		const { path, query } = parseTarget(request.url);
		const entry = {
			host: context.name,
			method: request.method,
			path,
			query,
			body: undefined,
			apiKey: request.headers['x-api-key'],
			status: 0,
			at: Date.now(),
		};
		context.requests.push(entry);
		context.onRequest?.(entry);
		response.once('finish', () => context.onAnswered?.(entry));
		// Every path ends in an answer: a handler's own error included, and one that breaks sending.
		answer(context, request, entry)
			.catch(errorAnswer)
			.then((result) => send(response, entry, result))
			.catch((error) => send(response, entry, errorAnswer(error)));
	});
}

module.exports = { createFakeServer };
