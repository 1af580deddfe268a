import { NodeApiError, type INodeParameters } from 'n8n-workflow';

import { CopilotClient } from '../../nodes/Copilot/transport/client';
import { RateLimiter } from '../../nodes/Copilot/transport/rateLimiter';
import { RETRY_POLICY } from '../../nodes/Copilot/transport/retry';
import { CancelledError } from '../../nodes/Copilot/transport/wait';
import { type FakeCopilotApi, type RecordedRequest } from '../fake-copilot-api';
import { executeContext, runCopilotNode } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';

const API_KEY = 'retry-branches-test-key';
const WORKSPACE = '/v1/workspaces';
const never = () => new Promise<void>(() => undefined);

/**
 * The transport's reactions through the client the node uses, against the fake over real HTTP: to a
 * 429, to Retry-After on a 5xx, to the cap on all waiting, to cancellation. Waits are recorded on a
 * clock of the test's own, not slept, so that minutes of backoff take no time.
 */
describe('the Copilot client’s retries, rate limit and cancellation', () => {
	let fake: FakeCopilotApi;
	const credentials = () => ({ apiKey: API_KEY, baseUrl: fake.url });
	const statuses = () => fake.requests.map((request) => request.status);
	const isWorkspace = (request: RecordedRequest) => request.path === WORKSPACE;

	/** A client whose waits are recorded and move its clock on, with a limiter of its own on that clock. */
	function recordingClient(options: { timeoutMs?: number; abortSignal?: AbortSignal; sleep?: (ms: number) => Promise<void> } = {}) {
		const waits: number[] = [];
		let now = 0;
		const limiter = new RateLimiter(() => now);
		const client = new CopilotClient(
			executeContext({ parameters: { resource: 'workspace', operation: 'get' }, credentials: credentials(), abortSignal: options.abortSignal }),
			{
				limiter,
				random: () => 0.5,
				timeoutMs: options.timeoutMs,
				sleep:
					options.sleep ??
					(async (ms) => {
						waits.push(ms);
						now += ms;
					}),
			},
		);
		return { waits, client, limiter };
	}

	withFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false }, (started) => (fake = started));

	describe('a 429', () => {
		/** 18 reads at once after one read; how many of them had to wait for a later window. */
		async function waitingAfterOneRead(answeredFirst: number): Promise<number> {
			if (answeredFirst === 429) fake.failNext({ status: 429, path: WORKSPACE });
			const { waits, client } = recordingClient();
			await client.request({ method: 'GET', path: WORKSPACE });
			waits.length = 0;
			await Promise.all(Array.from({ length: 18 }, () => client.request({ method: 'GET', path: WORKSPACE })));
			return waits.filter((ms) => ms > 0).length;
		}

		it('makes the node send fewer requests at once for the workspace: after it, some of 18 reads wait, where none would', async () => {
			expect(await waitingAfterOneRead(200)).toBe(0);
			expect(await waitingAfterOneRead(429)).toBeGreaterThan(0);
		});

		it('is tried again after Copilot’s second, and then succeeds', async () => {
			fake.failNext({ status: 429, path: WORKSPACE });
			const { waits, client } = recordingClient();
			expect(await client.request({ method: 'GET', path: WORKSPACE })).toMatchObject({ object: 'workspace' });
			expect(statuses()).toEqual([429, 200]);
			expect(waits[0]).toBeGreaterThanOrEqual(RETRY_POLICY.rateLimitWindowMs);
		});
	});

	describe('a 5xx', () => {
		it('with Retry-After: 3 is tried again after 3 s', async () => {
			fake.failNext({ status: 503, path: WORKSPACE, headers: { 'retry-after': '3' } });
			const { waits, client } = recordingClient();
			await client.request({ method: 'GET', path: WORKSPACE });
			expect(statuses()).toEqual([503, 200]);
			expect(waits).toEqual([3000]);
		});

		it('asking to wait a minute each time: the waiting stops at the cap on all waits, before the retries run out', async () => {
			fake.failNext({ status: 503, path: WORKSPACE, headers: { 'retry-after': '60' }, count: 10 });
			const { waits, client } = recordingClient();
			await expect(client.request({ method: 'GET', path: WORKSPACE })).rejects.toMatchObject({ httpCode: '503' });
			const waited = waits.reduce((sum, ms) => sum + ms, 0);
			expect(waited).toBeLessThanOrEqual(RETRY_POLICY.maxTotalWaitMs);
			expect(waited).toBeGreaterThan(RETRY_POLICY.maxTotalWaitMs - 60_000);
			expect(fake.requests.length).toBeLessThan(RETRY_POLICY.maxRetries + 1);
		});
	});

	describe('a timeout', () => {
		it('is tried again', async () => {
			fake.failNext({ path: WORKSPACE, delayMs: 600_000 });
			const { waits, client } = recordingClient({ timeoutMs: 100 });
			expect(await client.request({ method: 'GET', path: WORKSPACE })).toMatchObject({ object: 'workspace' });
			// On a busy machine the retry may time out too and be tried once more.
			expect(fake.requests.length).toBeGreaterThanOrEqual(2);
			expect(waits).toHaveLength(fake.requests.length - 1);
		});

		it('after two minutes of waiting already is not: the cap holds for timeouts too', async () => {
			fake.failNext({ status: 503, path: WORKSPACE, headers: { 'retry-after': '60' }, count: 2 });
			fake.failNext({ path: WORKSPACE, delayMs: 600_000 });
			const { waits, client } = recordingClient({ timeoutMs: 100 });
			const error = await client.request({ method: 'GET', path: WORKSPACE }).catch((caught: unknown) => caught);
			expect(error).toBeInstanceOf(NodeApiError);
			expect((error as Error).message).toMatch(/^Could not reach Copilot: /);
			expect(waits).toEqual([60_000, 60_000]);
			expect(fake.requests).toHaveLength(3);
		});
	});

	describe('Mark Read and Mark Unread', () => {
		it.each(['markRead', 'markUnread'])('%s is tried again after a 502: marked twice is marked once', async (operation) => {
			const [notification] = fake.demo.notifications;
			const path = `/v1/notifications/${notification.id}/${operation === 'markRead' ? 'read' : 'unread'}`;
			fake.failNext({ status: 502, method: 'POST', path, afterWrite: true });
			const [item] = await runCopilotNode({
				parameters: { resource: 'notification', operation, notificationId: notification.id } as INodeParameters,
				// Copilot lets only a custom app's key mark notifications.
				credentials: { apiKey: fake.appApiKey, keyKind: 'customApp', workspaceId: fake.workspaceId, baseUrl: fake.url },
			});
			expect(item.json).toMatchObject({ id: notification.id, isRead: operation === 'markRead' });
			expect(statuses()).toEqual([502, 200]);
		});
	});

	describe('cancelling the execution', () => {
		it('ends a wait for a retry at once', async () => {
			fake.failNext({ status: 429, path: WORKSPACE, count: 100 });
			const controller = new AbortController();
			// The wait begins, the execution is cancelled, and the wait itself would never end.
			const { client } = recordingClient({
				abortSignal: controller.signal,
				sleep: () => {
					controller.abort();
					return never();
				},
			});
			await expect(client.request({ method: 'GET', path: WORKSPACE })).rejects.toBeInstanceOf(CancelledError);
			expect(fake.requests).toHaveLength(1);
		}, 10_000);

		it('ends a wait for the rate limit at once', async () => {
			const controller = new AbortController();
			const { client, limiter } = recordingClient({
				abortSignal: controller.signal,
				sleep: () => {
					controller.abort();
					return never();
				},
			});
			for (let booked = 0; booked < 20; booked++) limiter.reserve();
			await expect(client.request({ method: 'GET', path: WORKSPACE })).rejects.toBeInstanceOf(CancelledError);
			expect(fake.requests).toHaveLength(0);
		}, 10_000);

		it.each([
			['a read', 'GET', WORKSPACE, undefined],
			['a create', 'POST', '/v1/notes', { entityType: 'client', entityId: 'x', title: 'Cancelled in flight' }],
		] as const)('ends %s under way at once, as cancelled, without sending it again', async (_what, method, path, body) => {
			fake.failNext({ method, path, delayMs: 600_000 });
			const controller = new AbortController();
			const { client } = recordingClient({ abortSignal: controller.signal });
			const arrived = fake.waitForRequests((request) => request.path === path);
			const request = client.request({ method, path, body: body && { ...body, entityId: fake.demo.clients[0].id } });
			await arrived;
			controller.abort();
			await expect(request).rejects.toBeInstanceOf(CancelledError);
			expect(fake.requests).toHaveLength(1);
		}, 10_000);

		it('stops a node run that meets 429 after 429', async () => {
			fake.failNext({ status: 429, path: WORKSPACE, count: 100 });
			const controller = new AbortController();
			const arrived = fake.waitForRequests(isWorkspace);
			const running = runCopilotNode({
				parameters: { resource: 'workspace', operation: 'get' },
				credentials: credentials(),
				abortSignal: controller.signal,
			}).catch((caught: unknown) => caught);
			await arrived;
			controller.abort();
			// Uncancelled, the 429s would be retried for up to two minutes, far past this test's timeout.
			expect(String(((await running) as Error).message)).toMatch(/cancelled/);
		}, 10_000);
	});
});
