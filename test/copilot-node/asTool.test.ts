import { NodeApiError, NodeOperationError, type IExecuteFunctions, type INode, type INodeParameters } from 'n8n-workflow';

import { Copilot } from '../../nodes/Copilot/Copilot.node';
import { runsAsTool, TOOL_MAX_WAIT_MS } from '../../nodes/Copilot/actions/tool/runsAsTool';
import { whatToDo } from '../../nodes/Copilot/actions/tool/toolFailure';
import { CopilotClient } from '../../nodes/Copilot/transport/client';
import { RateLimiter } from '../../nodes/Copilot/transport/rateLimiter';
import { copilotApiError, mayHaveBeenDoneError, unreachableError } from '../../nodes/Copilot/transport/errors';
import { decideRetry, RETRY_POLICY } from '../../nodes/Copilot/transport/retry';
import type { FakeCopilotApi } from '../fake-copilot-api';
import { executeContext, runCopilotNode, toolContext, TOOL_TYPE } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';

const API_KEY = 'as-tool-test-key';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const NODE = { name: 'Copilot', type: TOOL_TYPE } as INode;

describe('the Copilot node run as a tool (AI Agent, MCP Server Trigger)', () => {
	let fake: FakeCopilotApi;
	const credentials = () => ({ apiKey: API_KEY, baseUrl: fake.url });
	const asTool = (parameters: INodeParameters, input = [{}]) => runCopilotNode({ parameters, credentials: credentials(), input, nodeType: TOOL_TYPE });
	const getUnknown = { resource: 'client', operation: 'get', clientId: byId('9d4f0e9a-0000-4000-8000-00000000dead') };

	withFakeCopilotApi({ apiKey: API_KEY, seed: 'demo' }, (started) => (fake = started));

	describe('knows it is a tool', () => {
		it('by the Tool type n8n gives it wherever a model calls it, on n8n 1.x and 2.x', () => {
			const parameters = { resource: 'workspace', operation: 'get' };
			expect(runsAsTool(executeContext({ parameters, credentials: credentials(), nodeType: TOOL_TYPE }))).toBe(true);
			expect(runsAsTool(executeContext({ parameters, credentials: credentials() }))).toBe(false);
		});

		it('by n8n 2.x’s isToolExecution() in a supply-data context, and without it on n8n 1.x', () => {
			const parameters = { resource: 'workspace', operation: 'get' };
			const context = toolContext({ parameters, credentials: credentials() });
			expect(context.isToolExecution()).toBe(true);
			expect(runsAsTool(context as unknown as IExecuteFunctions)).toBe(true);
			const withoutIt = { getNode: () => ({ type: 'n8n-nodes-copilot.copilot' }) } as unknown as IExecuteFunctions;
			expect(runsAsTool(withoutIt)).toBe(false);
		});
	});

	describe('answers a failure as its result, for the model to read', () => {
		it('an unknown ID: Copilot’s message, code and status, and what to do; the normal node still fails', async () => {
			const output = await asTool(getUnknown);
			expect(output).toEqual([
				{
					json: { error: 'Client not found', code: 'not_found', httpCode: '404', whatToDo: expect.stringContaining('Find the record first') },
					pairedItem: { item: 0 },
				},
			]);
			await expect(runCopilotNode({ parameters: getUnknown, credentials: credentials() })).rejects.toThrow('Client not found');
		});

		it('in the supply-data context an AI Agent 2.x or the MCP Server Trigger runs it in, with the model’s arguments as input', async () => {
			const [client] = fake.demo.clients;
			const parameters = { resource: 'client', operation: 'get', clientId: byId("={{ $json.clientId }}") };
			const found = await new Copilot().execute.call(toolContext({ parameters, credentials: credentials(), input: [{ clientId: client.id }] }) as unknown as IExecuteFunctions);
			expect(found[0].map((item) => item.json.id)).toEqual([client.id]);
			const failed = await new Copilot().execute.call(toolContext({ parameters, credentials: credentials(), input: [{ clientId: 'nobody' }] }) as unknown as IExecuteFunctions);
			expect(failed[0].map((item) => item.json)).toEqual([expect.objectContaining({ error: 'Client not found', httpCode: '404' })]);
		});

		it('a refused write: Copilot’s reason and to correct the arguments; nothing created', async () => {
			const output = await asTool({ resource: 'task', operation: 'create', name: 'Upload your ID', additionalFields: { clientId: 'ava-1' } });
			expect(output.map((item) => item.json)).toEqual([
				{ error: 'clientId does not match any client', code: 'parameter_invalid', httpCode: '400', whatToDo: expect.stringContaining('correct the arguments') },
			]);
			expect(fake.store.list('task').filter((task) => task.name === 'Upload your ID')).toEqual([]);
		});

		it('a create Copilot may have done: not to call again, and where to look', async () => {
			const [internalUser] = fake.demo.internalUsers;
			fake.failNext({ status: 502, method: 'POST', path: '/v1/tasks', afterWrite: true });
			const output = await asTool({ resource: 'task', operation: 'create', name: 'Maybe done', additionalFields: { internalUserId: internalUser.id } });
			expect(output.map((item) => item.json)).toEqual([
				{
					error: expect.stringContaining('Copilot may have done this already'),
					httpCode: '502',
					code: 'internal_error',
					mayHaveBeenDone: true,
					whatToDo: expect.stringMatching(/^Do not call this tool again for it\. .*Task › Get Many/),
				},
			]);
			expect(fake.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
		});

		it('arguments the node refuses before asking Copilot: the node’s reason', async () => {
			const output = await asTool({ resource: 'client', operation: 'get', clientId: byId('={{ $json.clientId }}') }, [{ clientId: '' }]);
			expect(output.map((item) => item.json)).toEqual([
				{ error: 'The parameter "clientId" is empty: give the ID of the record', whatToDo: expect.stringContaining('correct the arguments') },
			]);
			expect(fake.requests).toEqual([]);
		});

		it('one answer per call, the failures among the results', async () => {
			const [client] = fake.demo.clients;
			const output = await asTool({ resource: 'client', operation: 'get', clientId: byId('={{ $json.clientId }}') }, [{ clientId: client.id }, { clientId: 'nobody' }]);
			expect(output.map((item) => [item.json.id ?? item.json.error, item.pairedItem])).toEqual([
				[client.id, { item: 0 }],
				['Client not found', { item: 1 }],
			]);
		});

		it('still stops when the execution is cancelled', async () => {
			const controller = new AbortController();
			controller.abort();
			const context = executeContext({ parameters: getUnknown, credentials: credentials(), nodeType: TOOL_TYPE, abortSignal: controller.signal });
			await expect(new Copilot().execute.call(context)).rejects.toThrow('cancelled');
			expect(fake.requests).toEqual([]);
		});
	});

	describe('what to do, by what went wrong', () => {
		const answered = (status: number) => copilotApiError(NODE, { status, message: `HTTP ${status}` });
		it.each([
			[400, 'correct the arguments'],
			[422, 'correct the arguments'],
			[401, 'check the credential'],
			[403, 'custom app’s key'],
			[404, 'Find the record first'],
			[409, 'correct it as the error says'],
			[429, 'Do not call again now'],
			[500, 'Try again later'],
			[503, 'Try again later'],
		])('HTTP %i: %s', (status, advice) => {
			expect(whatToDo(answered(status))).toContain(advice);
		});

		it('no answer: the connection and the Base URL', () => {
			expect(whatToDo(unreachableError(NODE, 'http://copilot.invalid', 'ECONNREFUSED'))).toContain('Base URL');
		});

		it('a create or send that may have been done: never again, and where to look', () => {
			const error = mayHaveBeenDoneError(NODE, { reason: 'socket hang up' }, 'Look in the channel.');
			expect(whatToDo(error)).toMatch(/^Do not call this tool again for it\. .*Look in the channel\.$/);
		});

		it('an error of the node itself', () => {
			expect(whatToDo(new NodeOperationError(NODE, 'Limit must be a whole number'))).toContain('correct the arguments');
			expect(whatToDo(new Error('anything'))).toContain('correct the arguments');
			expect(whatToDo(answered(404))).not.toBe(whatToDo(new NodeApiError(NODE, {}, { message: 'x', httpCode: '429' })));
		});
	});

	describe('waits less for Copilot’s rate limit', () => {
		it('a retry budget of its own replaces the two minutes of RETRY_POLICY', () => {
			const limited = { kind: 'answered' as const, status: 429 };
			const half = () => 0.5;
			expect(decideRetry(limited, { repeatable: true, retries: 3, waitedMs: TOOL_MAX_WAIT_MS - 1_000 }, half).retry).toBe(true);
			expect(decideRetry(limited, { repeatable: true, retries: 3, waitedMs: TOOL_MAX_WAIT_MS - 1_000, maxWaitMs: TOOL_MAX_WAIT_MS }, half)).toEqual({
				retry: false,
				mayHaveBeenDone: false,
			});
			expect(TOOL_MAX_WAIT_MS).toBeLessThan(RETRY_POLICY.maxTotalWaitMs);
		});

		it('a rate limit that lasts: the client gives up once its waits would pass maxWaitMs, each wait at least Copilot’s second', async () => {
			fake.failNext({ status: 429, count: 1000, path: '/v1/workspaces' });
			const waits: number[] = [];
			let now = 0;
			const client = new CopilotClient(executeContext({ parameters: { resource: 'workspace', operation: 'get' }, credentials: credentials() }), {
				limiter: new RateLimiter(() => now),
				sleep: async (ms) => {
					waits.push(ms);
					now += ms;
				},
				random: () => 0.5,
				maxWaitMs: TOOL_MAX_WAIT_MS,
			});
			await expect(client.request({ method: 'GET', path: '/v1/workspaces' })).rejects.toMatchObject({ httpCode: '429' });
			const retryWaits = waits.filter((ms) => ms >= RETRY_POLICY.rateLimitWindowMs);
			const total = retryWaits.reduce((sum, ms) => sum + ms, 0);
			expect(total).toBeLessThanOrEqual(TOOL_MAX_WAIT_MS);
			expect(total).toBeGreaterThan(TOOL_MAX_WAIT_MS / 2);
			expect(fake.requests).toHaveLength(retryWaits.length + 1);
		});
	});
});
