import { NodeApiError, type INode } from 'n8n-workflow';

import { copilotApiError, failureOf, unreachableError } from '../../nodes/Copilot/transport/errors';
import { RequestPacer } from '../../nodes/Copilot/transport/pacer';
import { collectPages, nextTokenOf, recordsOf, type PageQuery } from '../../nodes/Copilot/transport/pagination';
import { isRetryable, RETRY_POLICY, retryDelayMs } from '../../nodes/Copilot/transport/retry';

const node: INode = { id: 'n', name: 'Copilot', type: 'n8n-nodes-copilot.copilot', typeVersion: 1, position: [0, 0], parameters: {} };

describe('retry policy', () => {
	it.each([429, 500, 502, 503, 504, 599])('retries %i', (status) => expect(isRetryable(status)).toBe(true));
	it.each([400, 401, 403, 404, 405, 409, 422])('never retries %i', (status) => expect(isRetryable(status)).toBe(false));

	it('waits at least one second after a 429, doubling each time', () => {
		expect([0, 1, 2, 3].map((retry) => retryDelayMs(429, retry))).toEqual([1000, 2000, 4000, 8000]);
	});

	it('waits half a second after a 5xx, doubling each time', () => {
		expect([0, 1, 2, 3].map((retry) => retryDelayMs(503, retry))).toEqual([500, 1000, 2000, 4000]);
	});

	it('honours a longer Retry-After in seconds and ignores junk', () => {
		expect(retryDelayMs(429, 0, '3')).toBe(3000);
		expect(retryDelayMs(429, 0, ['5'])).toBe(5000);
		expect(retryDelayMs(429, 2, '1')).toBe(4000);
		expect(retryDelayMs(429, 0, 'Wed, 21 Oct 2015 07:28:00 GMT')).toBe(1000);
		expect(retryDelayMs(500, 0, '-4')).toBe(500);
	});

	it('gives up after a bounded number of retries', () => {
		expect(RETRY_POLICY.maxRetries).toBeGreaterThanOrEqual(3);
		expect(RETRY_POLICY.maxRetries).toBeLessThanOrEqual(5);
	});
});

describe('request pacer', () => {
	function fakeClock() {
		let now = 1_000_000;
		const waits: number[] = [];
		return {
			waits,
			advance: (ms: number) => (now += ms),
			clock: {
				now: () => now,
				sleep: async (ms: number) => {
					waits.push(ms);
					now += ms;
				},
			},
		};
	}

	it('lets requests go freely until Copilot answers 429', async () => {
		const { clock, waits } = fakeClock();
		const pacer = new RequestPacer(clock);
		for (let i = 0; i < 100; i++) await pacer.beforeRequest();
		expect(waits).toEqual([]);
	});

	it('after a 429, holds the request that would be the 21st within a second', async () => {
		const { clock, waits } = fakeClock();
		const pacer = new RequestPacer(clock);
		for (let i = 0; i < 20; i++) await pacer.beforeRequest();
		pacer.rateLimited();
		await pacer.beforeRequest();
		expect(waits).toEqual([1025]);
	});

	it('once engaged, never lets more than 20 start within any second, and wastes no time', async () => {
		const { clock, advance } = fakeClock();
		const pacer = new RequestPacer(clock);
		pacer.rateLimited();
		const starts: number[] = [];
		for (let i = 0; i < 300; i++) {
			await pacer.beforeRequest();
			starts.push(clock.now());
			advance(i % 7); // uneven request durations
		}
		for (let i = 20; i < starts.length; i++) expect(starts[i] - starts[i - 20]).toBeGreaterThanOrEqual(1000);
		// 300 requests: 20 at once, then 280 at (a little under) 20 a second, and not more.
		expect(starts[299] - starts[0]).toBeLessThan(15_000);
		expect(starts[299] - starts[0]).toBeGreaterThan(14_000);
	});

	it('does not wait when requests are slower than the limit', async () => {
		const { clock, waits, advance } = fakeClock();
		const pacer = new RequestPacer(clock);
		pacer.rateLimited();
		for (let i = 0; i < 50; i++) {
			await pacer.beforeRequest();
			advance(60);
		}
		expect(waits).toEqual([]);
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
		const records = await collectPages(fetchPage);
		expect(records.map((record) => record.id)).toEqual(Array.from({ length: 250 }, (_, i) => i));
		expect(queries).toEqual([{ limit: 100 }, { limit: 100, nextToken: '100' }, { limit: 100, nextToken: '200' }]);
	});

	it('stops at the limit and asks only for what is still wanted', async () => {
		const { queries, fetchPage } = pagedList(1000);
		const records = await collectPages(fetchPage, 130);
		expect(records).toHaveLength(130);
		expect(queries).toEqual([{ limit: 100 }, { limit: 30, nextToken: '100' }]);
	});

	it('copes with a server that serves smaller pages than asked', async () => {
		const { queries, fetchPage } = pagedList(45, 10);
		expect(await collectPages(fetchPage, 25)).toHaveLength(25);
		expect(queries).toHaveLength(3);
		expect(await collectPages(pagedList(45, 10).fetchPage)).toHaveLength(45);
	});

	it('makes one request for an empty list', async () => {
		const { queries, fetchPage } = pagedList(0);
		expect(await collectPages(fetchPage)).toEqual([]);
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
		const error = unreachableError(node, 'http://127.0.0.1:9', cause);
		// n8n words well-known network failures itself.
		expect(error.message).toBe('The service refused the connection - perhaps it is offline');
		expect(error.description).toContain('No answer from http://127.0.0.1:9');
		expect(unreachableError(node, 'https://x.test', new Error('socket hang up')).message).toBe('Could not reach Copilot: socket hang up');
		expect(JSON.stringify({ ...error, message: error.message, cause: error.cause })).not.toContain('very-secret');
	});
});
