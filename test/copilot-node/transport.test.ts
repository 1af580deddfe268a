import { NodeApiError, type INode } from 'n8n-workflow';

import { copilotApiError, failureOf, mayHaveBeenDoneError, reasonOf, unreachableError } from '../../nodes/Copilot/transport/errors';
import { collectPages, EndlessListError, MAX_PAGES, nextTokenOf, recordsOf, type PageQuery } from '../../nodes/Copilot/transport/pagination';
import { RateLimiter, WINDOW_MS, workspaceLimiter } from '../../nodes/Copilot/transport/rateLimiter';
import { backoffMs, decideRetry, isRepeatable, retryAfterMs, RETRY_POLICY, type Outcome } from '../../nodes/Copilot/transport/retry';
import { CancelledError, waitUnlessCancelled } from '../../nodes/Copilot/transport/wait';

const node: INode = { id: 'n', name: 'Copilot', type: 'n8n-nodes-copilot.copilot', typeVersion: 1, position: [0, 0], parameters: {} };

describe('retry policy', () => {
	const first = (repeatable: boolean) => ({ repeatable, retries: 0, waitedMs: 0 });
	const answered = (status: number, retryAfter?: unknown): Outcome => ({ kind: 'answered', status, retryAfter });
	const lowest = () => 0;
	const highest = () => 0.999999;

	it.each(['GET', 'PATCH', 'PUT', 'DELETE'])('counts %s as repeatable', (method) => expect(isRepeatable(method)).toBe(true));
	it('counts POST as not repeatable: a create or send done twice is done twice', () => expect(isRepeatable('POST')).toBe(false));

	describe('a request that can be repeated (read, PATCH, PUT, DELETE)', () => {
		it.each([500, 502, 503, 504])('is retried after %i', (status) => {
			expect(decideRetry(answered(status), first(true), highest)).toEqual({ retry: true, delayMs: 499 });
		});
		it('is retried after a timeout or a cut connection', () => {
			expect(decideRetry({ kind: 'noAnswer' }, first(true), lowest)).toEqual({ retry: true, delayMs: 0 });
		});
		it('gives up after four such retries', () => {
			expect(decideRetry(answered(502), { repeatable: true, retries: 3, waitedMs: 0 }, lowest).retry).toBe(true);
			expect(decideRetry(answered(502), { repeatable: true, retries: 4, waitedMs: 0 }, lowest)).toEqual({ retry: false, mayHaveBeenDone: false });
		});
	});

	describe('a create or send (POST)', () => {
		it.each([500, 502, 503, 504])('is not retried after %i, and may have been done', (status) => {
			expect(decideRetry(answered(status), first(false))).toEqual({ retry: false, mayHaveBeenDone: true });
		});
		it('is not retried after a timeout or a cut connection, and may have been done', () => {
			expect(decideRetry({ kind: 'noAnswer' }, first(false))).toEqual({ retry: false, mayHaveBeenDone: true });
		});
		it('is retried when no connection was made: Copilot received nothing', () => {
			expect(decideRetry({ kind: 'notSent' }, first(false), lowest)).toEqual({ retry: true, delayMs: 0 });
			expect(decideRetry({ kind: 'notSent' }, { repeatable: false, retries: 4, waitedMs: 0 })).toEqual({ retry: false, mayHaveBeenDone: false });
		});
	});

	describe('429, for every method', () => {
		it.each([true, false])('is retried after Copilot’s second plus a jittered backoff (repeatable: %s)', (repeatable) => {
			expect(decideRetry(answered(429), first(repeatable), lowest)).toEqual({ retry: true, delayMs: 1000 });
			expect(decideRetry(answered(429), { repeatable, retries: 2, waitedMs: 0 }, highest)).toEqual({ retry: true, delayMs: 2999 });
		});
		it('honours Retry-After in seconds, capped at 60 s; dates and junk fall back to the backoff', () => {
			expect(decideRetry(answered(429, '3'), first(false))).toEqual({ retry: true, delayMs: 3000 });
			expect(decideRetry(answered(429, ['5']), first(false))).toEqual({ retry: true, delayMs: 5000 });
			expect(decideRetry(answered(429, '3600'), first(false))).toEqual({ retry: true, delayMs: RETRY_POLICY.maxRetryAfterMs });
			expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT')).toBeUndefined();
			expect(retryAfterMs('-4')).toBeUndefined();
		});
		it('is bounded by the total time one request may wait, not by a count', () => {
			expect(decideRetry(answered(429), { repeatable: true, retries: 40, waitedMs: 60_000 }, lowest).retry).toBe(true);
			expect(decideRetry(answered(429, '60'), { repeatable: true, retries: 1, waitedMs: 60_001 })).toEqual({ retry: false, mayHaveBeenDone: false });
		});
	});

	it.each([400, 401, 403, 404, 405, 409, 422])('never retries %i, which no retry changes', (status) => {
		expect(decideRetry(answered(status), first(true))).toEqual({ retry: false, mayHaveBeenDone: false });
	});

	it('draws each backoff from zero to an exponential ceiling of at most 8 s (full jitter)', () => {
		expect([0, 1, 2, 3, 4, 5].map((retries) => backoffMs(retries, highest))).toEqual([499, 999, 1999, 3999, 7999, 7999]);
		expect(backoffMs(3, lowest)).toBe(0);
		const draws = Array.from({ length: 200 }, () => backoffMs(2, Math.random));
		expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...draws)).toBeLessThan(2000);
		expect(new Set(draws).size).toBeGreaterThan(50);
	});
});

describe('rate limiter', () => {
	function fakeClock() {
		let now = 1_000_000;
		return { now: () => now, advance: (ms: number) => (now += ms) };
	}

	it('lets 20 requests start at once, and books the 21st a window after the first', () => {
		const clock = fakeClock();
		const limiter = new RateLimiter(clock.now);
		const waits = Array.from({ length: 21 }, () => limiter.reserve());
		expect(waits.slice(0, 20)).toEqual(Array(20).fill(0));
		expect(waits[20]).toBe(WINDOW_MS);
	});

	it('never lets more than 20 start within any window, however many callers book at once', () => {
		const clock = fakeClock();
		const limiter = new RateLimiter(clock.now);
		const starts: number[] = [];
		for (let i = 0; i < 300; i++) {
			starts.push(clock.now() + limiter.reserve());
			clock.advance(i % 7); // callers arriving unevenly
		}
		const sorted = [...starts].sort((a, b) => a - b);
		for (let i = 20; i < sorted.length; i++) expect(sorted[i] - sorted[i - 20]).toBeGreaterThanOrEqual(WINDOW_MS);
		// and wastes no time: each start after the 20th is exactly one window after the 20th before it.
		expect(sorted[299]).toBe(sorted[19] + 14 * WINDOW_MS);
	});

	it('does not hold requests that come slower than the limit', () => {
		const clock = fakeClock();
		const limiter = new RateLimiter(clock.now);
		const waits = Array.from({ length: 50 }, () => {
			const wait = limiter.reserve();
			clock.advance(60);
			return wait;
		});
		expect(waits.every((wait) => wait === 0)).toBe(true);
	});

	it('after a 429 holds every later request for Copilot’s second', () => {
		const clock = fakeClock();
		const limiter = new RateLimiter(clock.now);
		limiter.reserve();
		limiter.rateLimited();
		expect(limiter.reserve()).toBe(1000);
		clock.advance(400);
		expect(limiter.reserve()).toBe(600);
	});

	it('after a 429 halves its share, once a window however many 429s come, and wins it back one a quiet window', () => {
		const clock = fakeClock();
		const limiter = new RateLimiter(clock.now);
		limiter.rateLimited();
		limiter.rateLimited();
		expect(limiter.currentShare()).toBe(10);
		clock.advance(WINDOW_MS);
		limiter.rateLimited();
		expect(limiter.currentShare()).toBe(5);
		clock.advance(3 * WINDOW_MS);
		expect(limiter.currentShare()).toBe(8);
		clock.advance(100 * WINDOW_MS);
		expect(limiter.currentShare()).toBe(20);
	});

	it('starts no more than its share within a window while it is halved', () => {
		const clock = fakeClock();
		const limiter = new RateLimiter(clock.now);
		limiter.rateLimited();
		clock.advance(1000);
		const starts = Array.from({ length: 30 }, () => clock.now() + limiter.reserve());
		// 10 a window now (and an 11th as the share grows back), not 20.
		expect(starts.filter((start) => start < starts[0] + WINDOW_MS).length).toBeLessThanOrEqual(11);
		for (let i = 10; i < 30; i++) expect(starts[i] - starts[i - 10]).toBeGreaterThanOrEqual(WINDOW_MS - 1);
	});

	it('lets processes that share a workspace settle near Copilot’s limit between them', () => {
		// Two processes, each with its own limiter, against Copilot's bucket of 20 at once and 20 a second.
		const clock = fakeClock();
		const processes = [new RateLimiter(clock.now), new RateLimiter(clock.now)];
		let tokens = 20;
		let refilledAt = clock.now();
		const next = processes.map((limiter) => clock.now() + limiter.reserve());
		let accepted = 0;
		let refused = 0;
		const end = clock.now() + 60_000;
		while (Math.min(...next) < end) {
			const which = next[0] <= next[1] ? 0 : 1;
			clock.advance(next[which] - clock.now());
			tokens = Math.min(20, tokens + ((clock.now() - refilledAt) / 1000) * 20);
			refilledAt = clock.now();
			if (tokens >= 1) {
				tokens -= 1;
				accepted++;
			} else {
				refused++;
				processes[which].rateLimited();
			}
			next[which] = clock.now() + processes[which].reserve();
		}
		// Without halving its share after a 429, each process would keep sending its full 20 a second
		// and Copilot would refuse about 9% (measured in this model); halving keeps it near 5%.
		expect(accepted / 60).toBeGreaterThan(18);
		expect(refused / (accepted + refused)).toBeLessThan(0.06);
	});

	it('is one per workspace and process: the same key gives the same limiter, another key another', () => {
		const a = workspaceLimiter('https://api.example.test one');
		expect(workspaceLimiter('https://api.example.test one')).toBe(a);
		expect(workspaceLimiter('https://api.example.test two')).not.toBe(a);
	});
});

describe('waiting', () => {
	it('waits the time asked when nothing cancels', async () => {
		const waits: number[] = [];
		await waitUnlessCancelled(250, new AbortController().signal, async (ms) => {
			waits.push(ms);
		});
		expect(waits).toEqual([250]);
	});

	it('ends at once when the execution is cancelled during the wait', async () => {
		const controller = new AbortController();
		const never = () => new Promise<void>(() => undefined);
		const waiting = waitUnlessCancelled(60_000, controller.signal, never);
		controller.abort();
		await expect(waiting).rejects.toBeInstanceOf(CancelledError);
	});

	it('does not start waiting for an execution already cancelled', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(waitUnlessCancelled(0, controller.signal)).rejects.toThrow('cancelled');
	});
});

describe('pagination', () => {
	it('reads records from { data } and from a bare array, and nothing else', () => {
		expect(recordsOf({ data: [{ id: 1 }, 2, null, { id: 3 }] })).toEqual([{ id: 1 }, { id: 3 }]);
		expect(recordsOf([{ id: 1 }])).toEqual([{ id: 1 }]);
		expect(recordsOf({ id: 1 })).toEqual([]);
		expect(recordsOf(undefined)).toEqual([]);
	});

	it('reads the next token only when it is a non-empty string', () => {
		expect(nextTokenOf({ nextToken: 'abc' })).toBe('abc');
		expect(nextTokenOf({ nextToken: '' })).toBeUndefined();
		expect(nextTokenOf({ nextToken: null })).toBeUndefined();
		expect(nextTokenOf({ data: [] })).toBeUndefined();
		expect(nextTokenOf([])).toBeUndefined();
	});

	/** A list of `total` records served in pages of at most `pageSize`, recording each query. */
	function pagedList(total: number, pageSize = 100) {
		const queries: PageQuery[] = [];
		const fetchPage = async (query: PageQuery) => {
			queries.push(query);
			const offset = query.nextToken ? Number(query.nextToken) : 0;
			const size = Math.min(query.limit, pageSize);
			const data = Array.from({ length: Math.max(0, Math.min(size, total - offset)) }, (_, i) => ({ id: offset + i }));
			const next = offset + data.length;
			return next < total ? { data, nextToken: String(next) } : { data };
		};
		return { queries, fetchPage };
	}

	it('follows nextToken until it is gone, asking 100 a page', async () => {
		const { queries, fetchPage } = pagedList(250);
		const records = await collectPages('/v1/things', fetchPage);
		expect(records.map((record) => record.id)).toEqual(Array.from({ length: 250 }, (_, i) => i));
		expect(queries).toEqual([{ limit: 100 }, { limit: 100, nextToken: '100' }, { limit: 100, nextToken: '200' }]);
	});

	it('stops at the limit and asks only for what is still wanted', async () => {
		const { queries, fetchPage } = pagedList(1000);
		const records = await collectPages('/v1/things', fetchPage, 130);
		expect(records).toHaveLength(130);
		expect(queries).toEqual([{ limit: 100 }, { limit: 30, nextToken: '100' }]);
	});

	it('copes with a server that serves smaller pages than asked', async () => {
		const { queries, fetchPage } = pagedList(45, 10);
		expect(await collectPages('/v1/things', fetchPage, 25)).toHaveLength(25);
		expect(queries).toHaveLength(3);
		expect(await collectPages('/v1/things', pagedList(45, 10).fetchPage)).toHaveLength(45);
	});

	it('ends with an error naming the list when Copilot repeats a nextToken', async () => {
		let pages = 0;
		const looping = async () => ({ data: [{ id: ++pages }], nextToken: pages % 2 === 0 ? 'b' : 'a' });
		const error = await collectPages('/v1/clients', looping).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(EndlessListError);
		expect((error as Error).message).toBe(
			"Copilot's list /v1/clients did not end: it sent a nextToken it had sent before; stopped after 3 records",
		);
		expect(pages).toBe(3);
	});

	it('ends with an error past more pages than any workspace holds, each token new', async () => {
		let pages = 0;
		const endless = async () => ({ data: [], nextToken: `token-${++pages}` });
		await expect(collectPages('/v1/files', endless)).rejects.toThrow(`it sent more than ${MAX_PAGES} pages`);
		expect(pages).toBe(MAX_PAGES);
	});

	it('makes one request for an empty list', async () => {
		const { queries, fetchPage } = pagedList(0);
		expect(await collectPages('/v1/things', fetchPage)).toEqual([]);
		expect(queries).toHaveLength(1);
	});
});

describe('errors', () => {
	it('keeps Copilot’s code and message', () => {
		expect(failureOf(404, { code: 'not_found', message: 'Client not found' })).toEqual({
			status: 404,
			code: 'not_found',
			message: 'Client not found',
		});
	});

	it('says something specific when Copilot sent no usable body', () => {
		expect(failureOf(502, '<html>Bad gateway</html>')).toEqual({ status: 502, code: undefined, message: '<html>Bad gateway</html>' });
		expect(failureOf(500, '')).toEqual({ status: 500, code: undefined, message: 'Copilot answered HTTP 500 without an error message' });
		expect(failureOf(400, { code: 5, message: '  ' }).message).toBe('Copilot answered HTTP 400 without an error message');
	});

	it('becomes an n8n API error showing Copilot’s message, with the status and code', () => {
		const error = copilotApiError(node, { status: 404, code: 'not_found', message: 'Client not found' });
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Client not found');
		expect(error.httpCode).toBe('404');
		expect(error.description).toBe('Copilot answered HTTP 404 (not_found)');
		expect(error.context.copilotCode).toBe('not_found');
	});

	it('names the Base URL when Copilot cannot be reached, and keeps the low-level error out', () => {
		const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
			config: { headers: { 'X-API-KEY': 'very-secret' } },
		});
		const error = unreachableError(node, 'http://127.0.0.1:9', reasonOf(cause));
		// n8n words well-known network failures itself.
		expect(error.message).toBe('The service refused the connection - perhaps it is offline');
		expect(error.description).toContain('No answer from http://127.0.0.1:9');
		expect(unreachableError(node, 'https://x.test', reasonOf(new Error('socket hang up'))).message).toBe('Could not reach Copilot: socket hang up');
		expect(JSON.stringify({ ...error, message: error.message, cause: error.cause })).not.toContain('very-secret');
	});

	it('says of a create whose answer is lost that Copilot may have done it, and where to look', () => {
		const error = mayHaveBeenDoneError(
			node,
			{ failure: { status: 502, code: undefined, message: 'Bad gateway' } },
			'Look for the client in Copilot.',
		);
		expect(error.message).toBe('Copilot may have done this already: Copilot answered HTTP 502 (Bad gateway), so the request was not sent again');
		expect(error.description).toContain('Look for the client in Copilot.');
		expect(error.httpCode).toBe('502');
		expect(error.context.mayHaveBeenDone).toBe(true);
		const timedOut = mayHaveBeenDoneError(node, { reason: 'timeout of 30000ms exceeded' });
		expect(timedOut.message).toBe('Copilot may have done this already: No answer came (timeout of 30000ms exceeded), so the request was not sent again');
		expect(timedOut.description).toContain('Check in Copilot whether it was done before you run this item again.');
	});
});
