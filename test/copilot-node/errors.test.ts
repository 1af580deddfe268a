import { NodeApiError, type INode } from 'n8n-workflow';

import { CopilotClient } from '../../nodes/Copilot/transport/client';
import { copilotApiError, detailsOf, failureOf, mayHaveBeenDoneError, rateLimitedTooLongError } from '../../nodes/Copilot/transport/errors';
import { RateLimiter } from '../../nodes/Copilot/transport/rateLimiter';
import { decideRetry, RETRY_POLICY, type Outcome } from '../../nodes/Copilot/transport/retry';
import type { FakeCopilotApi } from '../fake-copilot-api';
import { executeContext } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';

const node: INode = { id: 'n', name: 'Copilot', type: 'n8n-nodes-copilot.copilot', typeVersion: 1, position: [0, 0], parameters: {} };
const answered = (status: number, retryAfter?: unknown): Outcome => ({ kind: 'answered', status, retryAfter });
const API_KEY = 'errors-test-key';

describe('what Copilot answers in its errors', () => {
	it('keeps Copilot’s data, text or object, and shows it in the error’s description', () => {
		const withObject = failureOf(500, { code: 'internal_error', message: 'Something broke', data: { requestId: 'req-7', retryable: true } });
		expect(withObject).toEqual({ status: 500, code: 'internal_error', message: 'Something broke', data: { requestId: 'req-7', retryable: true } });
		expect(copilotApiError(node, withObject).description).toBe('Copilot answered HTTP 500 (internal_error): {"requestId":"req-7","retryable":true}');
		const withText = failureOf(503, { message: 'Down', data: 'maintenance until 10:00 UTC' });
		expect(copilotApiError(node, withText).description).toBe('Copilot answered HTTP 503: maintenance until 10:00 UTC');
		expect(mayHaveBeenDoneError(node, { failure: withText }).description).toContain('Copilot’s details: maintenance until 10:00 UTC');
		expect(failureOf(404, { code: 'not_found', message: 'Gone' })).not.toHaveProperty('data');
		expect(detailsOf({ status: 500, message: 'x', data: 'y'.repeat(600) })).toHaveLength(501);
		for (const data of [null, '', '  ', {}, []]) expect(detailsOf({ status: 500, message: 'x', data })).toBeUndefined();
	});

	it('reads the body the tasks server behind Copilot’s task endpoints answers: { error }', () => {
		expect(failureOf(409, { error: 'Cannot delete task with subtasks. Use recursive delete instead.' })).toEqual({
			status: 409,
			code: undefined,
			message: 'Cannot delete task with subtasks. Use recursive delete instead.',
		});
		expect(failureOf(422, { error: { name: ['Required'] } }).message).toBe('Copilot answered HTTP 422 without an error message');
	});
});

describe('retries on 408 and on 429s that do not end', () => {
	const first = (repeatable: boolean) => ({ repeatable, retries: 0, waitedMs: 0, rateLimitedMs: 0 });

	it('takes a 408 as no answer: a read is retried, a create is not and may have been done', () => {
		expect(decideRetry(answered(408), first(true), () => 0)).toEqual({ retry: true, delayMs: 0 });
		expect(decideRetry(answered(408), first(false))).toEqual({ retry: false, mayHaveBeenDone: true });
	});

	it('waits out 429s for a minute at most, then gives up saying so', () => {
		expect(decideRetry(answered(429), { ...first(true), rateLimitedMs: 58_999 }, () => 0)).toEqual({ retry: true, delayMs: 1000 });
		expect(decideRetry(answered(429), { ...first(false), rateLimitedMs: 59_001 }, () => 0)).toEqual({
			retry: false,
			mayHaveBeenDone: false,
			rateLimitedTooLong: true,
		});
		expect(decideRetry(answered(429, '60'), { ...first(true), rateLimitedMs: 1 })).toMatchObject({ retry: false, rateLimitedTooLong: true });
		expect(RETRY_POLICY.maxRateLimitedMs).toBe(60_000);
	});

	it('names the monthly request cap of Copilot’s plans as a cause', () => {
		const error = rateLimitedTooLongError(node, { status: 429, code: 'rate_limit_exceeded', message: 'Rate limit exceeded.' });
		expect(error.message).toBe('Copilot kept refusing this request as too many (HTTP 429: Rate limit exceeded.) for more than a minute');
		expect(error.description).toContain('monthly request cap (Starter 2,000, Professional 10,000, Advanced 50,000 requests a month; Enterprise has none)');
		expect(error.httpCode).toBe('429');
	});
});

describe('the client against the fake Copilot API, on a clock of its own', () => {
	let fake: FakeCopilotApi;

	withFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false }, (started) => (fake = started));

	/** A client whose waits take no time but move its clock, recording each. */
	function recordingClient() {
		const waits: number[] = [];
		let now = 0;
		const client = new CopilotClient(executeContext({ parameters: { resource: 'workspace', operation: 'get' }, credentials: { apiKey: API_KEY, baseUrl: fake.url } }), {
			limiter: new RateLimiter(() => now),
			sleep: async (ms) => {
				waits.push(ms);
				now += ms;
			},
			random: () => 0.5,
		});
		return { waits, client };
	}

	it('ends a request Copilot answers 429 for more than a minute with the error that names the monthly cap', async () => {
		fake.failNext({ status: 429, count: 1000, path: '/v1/workspaces' });
		const { waits, client } = recordingClient();
		const error = (await client.request({ method: 'GET', path: '/v1/workspaces' }).catch((caught: unknown) => caught)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Copilot kept refusing this request as too many (HTTP 429: Rate limit exceeded.) for more than a minute');
		expect(error.context.rateLimitedTooLong).toBe(true);
		const retryWaits = waits.filter((ms) => ms > 1000);
		const waited = retryWaits.reduce((sum, ms) => sum + ms, 0);
		expect(waited).toBeLessThanOrEqual(60_000);
		expect(waited).toBeGreaterThan(60_000 - 9_000);
		expect(fake.requests.every((request) => request.status === 429)).toBe(true);
	});

	it('goes on after 429s that end within the minute', async () => {
		fake.failNext({ status: 429, count: 12, path: '/v1/workspaces' });
		const { client } = recordingClient();
		expect(await client.request({ method: 'GET', path: '/v1/workspaces' })).toMatchObject({ object: 'workspace' });
		expect(fake.requests.map((request) => request.status)).toEqual([...Array(12).fill(429), 200]);
	});

	it('retries a read answered 408, and does not send a create answered 408 again', async () => {
		fake.failNext({ status: 408, path: '/v1/workspaces', body: { code: 'request_timeout', message: 'Request timed out' } });
		const { client } = recordingClient();
		expect(await client.request({ method: 'GET', path: '/v1/workspaces' })).toMatchObject({ object: 'workspace' });
		fake.failNext({ status: 408, method: 'POST', path: '/v1/notes', afterWrite: true, body: { code: 'request_timeout', message: 'Request timed out' } });
		const body = { entityType: 'client', entityId: fake.demo.clients[0].id, title: 'Once' };
		const error = await client.request({ method: 'POST', path: '/v1/notes', body }).catch((caught: NodeApiError) => caught);
		expect(error).toMatchObject({ message: 'Copilot may have done this already: Copilot answered HTTP 408 (Request timed out), so the request was not sent again' });
		expect(fake.requests.map((request) => [request.method, request.status])).toEqual([
			['GET', 408],
			['GET', 200],
			['POST', 408],
		]);
		expect(fake.store.list('note').filter((note) => note.title === 'Once')).toHaveLength(1);
	});

	it('counts a DELETE answered 408, whose retry finds the record gone, as done', async () => {
		const note = fake.store.add('note', { entityType: 'client', entityId: fake.demo.clients[0].id, title: 'Doomed' });
		fake.failNext({ status: 408, method: 'DELETE', afterWrite: true });
		const { client } = recordingClient();
		expect(await client.request({ method: 'DELETE', path: `/v1/notes/${note.id}` })).toEqual({ id: note.id, deleted: true });
	});

	it('shows Copilot’s data of a 5xx in the error’s description', async () => {
		fake.failNext({ status: 500, count: 10, path: '/v1/workspaces', body: { code: 'internal_error', message: 'Oops', data: { incident: 'INC-42' } } });
		const { client } = recordingClient();
		await expect(client.request({ method: 'GET', path: '/v1/workspaces' })).rejects.toMatchObject({
			message: 'Oops',
			description: 'Copilot answered HTTP 500 (internal_error): {"incident":"INC-42"}',
		});
	});
});
