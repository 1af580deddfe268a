import { NodeApiError, type IDataObject, type INodeParameters } from 'n8n-workflow';

import { CopilotClient } from '../../nodes/Copilot/transport/client';
import { freePortSync } from '../helpers/ports';
import { startFakeCopilotApi, type FakeCopilotApi } from '../fake-copilot-api';
import { credentialReads, executeContext, runCopilotNode } from '../helpers/copilotNode';

const API_KEY = 'behaviour-test-key';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('the Copilot node as n8n runs it', () => {
	let fake: FakeCopilotApi;
	const credentials = () => ({ apiKey: API_KEY, baseUrl: fake.url });
	const run = (parameters: INodeParameters, extra: { input?: IDataObject[]; onError?: 'continueRegularOutput' } = {}) =>
		runCopilotNode({ parameters, credentials: credentials(), ...extra });
	const apiRequests = () => fake.requests.filter((request) => request.path.startsWith('/v1/'));

	beforeAll(async () => {
		fake = await startFakeCopilotApi({ apiKey: API_KEY, seed: 'demo' });
	});

	afterAll(async () => {
		await fake.stop();
	});

	beforeEach(() => fake.clearRequests());

	describe('items', () => {
		it('runs once per input item with that item’s own expressions, and pairs each output with its input', async () => {
			const clients = fake.demo.clients.slice(0, 3);
			const output = await run(
				{ resource: 'client', operation: 'get', clientId: byId('={{ $json.clientId }}') },
				{ input: clients.map((client) => ({ clientId: client.id })) },
			);
			expect(apiRequests().map((request) => request.path)).toEqual(clients.map((client) => `/v1/clients/${client.id}`));
			expect(output.map((item) => [item.json.email, item.pairedItem])).toEqual(
				clients.map((client, index) => [client.email, { item: index }]),
			);
		});

		it('gives one item per record of a list, each paired with the input item that asked', async () => {
			const output = await run(
				{ resource: 'client', operation: 'getAll', returnAll: true, filters: { companyId: '={{ $json.companyId }}' } },
				{ input: fake.demo.companies.slice(0, 2).map((company) => ({ companyId: company.id })) },
			);
			const expected = fake.demo.companies
				.slice(0, 2)
				.flatMap((company, index) =>
					fake.store.list('client').filter((client) => client.companyId === company.id).map((client) => [client.id, index]),
				);
			expect(output.map((item) => [item.json.id, (item.pairedItem as { item: number }).item])).toEqual(expected);
		});

		it('accepts a plain string where a resource locator is expected', async () => {
			const [client] = fake.demo.clients;
			const [item] = await run({ resource: 'client', operation: 'get', clientId: client.id });
			expect(item.json.id).toBe(client.id);
		});
	});

	describe('Get Many', () => {
		let companyId: string;
		beforeAll(() => {
			companyId = fake.store.add('company', { name: 'Paged Ltd', isPlaceholder: false }).id;
			fake.seedClients(250, { companyId });
		});

		it('Return All follows nextToken through every page of at most 100, reading the credential once', async () => {
			credentialReads.count = 0;
			const output = await run({ resource: 'client', operation: 'getAll', returnAll: true, filters: { companyId } });
			expect(output).toHaveLength(250);
			expect(new Set(output.map((item) => item.json.id)).size).toBe(250);
			expect(apiRequests().map((request) => [request.query.limit, request.query.nextToken === undefined])).toEqual([
				['100', true],
				['100', false],
				['100', false],
			]);
			expect(apiRequests().every((request) => request.apiKey === API_KEY)).toBe(true);
			expect(credentialReads.count).toBe(1);
		});

		it('Limit asks only for what is still wanted', async () => {
			expect(await run({ resource: 'client', operation: 'getAll', limit: 5, filters: { companyId } })).toHaveLength(5);
			expect(apiRequests().map((request) => request.query.limit)).toEqual(['5']);
			fake.clearRequests();
			expect(await run({ resource: 'client', operation: 'getAll', limit: 130, filters: { companyId } })).toHaveLength(130);
			expect(apiRequests().map((request) => request.query.limit)).toEqual(['100', '30']);
		});

		it('cuts an unpaginated list to the limit', async () => {
			const output = await run({ resource: 'customField', operation: 'getAll', limit: 2, filters: {} });
			expect(output).toHaveLength(2);
			expect(apiRequests()[0].query).toEqual({});
		});
	});

	describe('errors', () => {
		it('fails with Copilot’s message, its HTTP status and the failing item', async () => {
			const [first] = fake.demo.clients;
			const error = await run(
				{ resource: 'client', operation: 'get', clientId: byId('={{ $json.id }}') },
				{ input: [{ id: first.id }, { id: 'no-such-client' }] },
			).catch((caught: unknown) => caught);
			expect(error).toBeInstanceOf(NodeApiError);
			expect(error).toMatchObject({
				message: 'Client not found',
				httpCode: '404',
				description: 'Copilot answered HTTP 404 (not_found)',
				context: expect.objectContaining({ itemIndex: 1 }),
			});
			expect(JSON.stringify(error)).not.toContain(API_KEY);
		});

		it('with On Error: Continue, gives an error item for the failed input and goes on', async () => {
			const [first, second] = fake.demo.clients;
			const output = await run(
				{ resource: 'client', operation: 'get', clientId: byId('={{ $json.id }}') },
				{ input: [{ id: first.id }, { id: 'no-such-client' }, { id: second.id }], onError: 'continueRegularOutput' },
			);
			expect(output.map((item) => [item.json.id ?? item.json, item.pairedItem])).toEqual([
				[first.id, { item: 0 }],
				[{ error: 'Client not found', code: 'not_found', httpCode: '404' }, { item: 1 }],
				[second.id, { item: 2 }],
			]);
		});

		it('retries a 429 after a second and a 5xx after half a second, and then succeeds', async () => {
			const [client] = fake.demo.clients;
			const path = `/v1/clients/${client.id}`;
			fake.failNext({ status: 429, path, body: { code: 'rate_limit_exceeded', message: 'Too many requests' } });
			fake.failNext({ status: 503, path });
			const started = Date.now();
			const [item] = await run({ resource: 'client', operation: 'get', clientId: byId(client.id) });
			expect(item.json.id).toBe(client.id);
			expect(apiRequests().map((request) => request.status)).toEqual([429, 503, 200]);
			expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
		});

		it('never retries another 4xx', async () => {
			await expect(run({ resource: 'client', operation: 'create', givenName: 'No', familyName: 'Email', email: '' })).rejects.toThrow(
				'email is required',
			);
			expect(apiRequests().map((request) => request.status)).toEqual([400]);
		});

		it('gives up after four retries, waiting longer each time', async () => {
			fake.failNext({ status: 502, count: 10, path: '/v1/workspaces' });
			const waits: number[] = [];
			const client = new CopilotClient(
				executeContext({ parameters: { resource: 'workspace', operation: 'get' }, credentials: credentials() }),
				undefined,
				async (ms) => {
					waits.push(ms);
				},
			);
			await expect(client.request({ method: 'GET', path: '/v1/workspaces' })).rejects.toMatchObject({ httpCode: '502' });
			expect(waits).toEqual([500, 1000, 2000, 4000]);
			expect(apiRequests()).toHaveLength(5);
		});

		it('says which Base URL did not answer, without the API key', async () => {
			const error = await runCopilotNode({
				parameters: { resource: 'workspace', operation: 'get' },
				credentials: { apiKey: API_KEY, baseUrl: `http://127.0.0.1:${freePortSync()}` },
			}).catch((caught: unknown) => caught);
			expect(error).toBeInstanceOf(NodeApiError);
			expect((error as NodeApiError).description).toMatch(/^No answer from http:\/\/127\.0\.0\.1:\d+\./);
			expect(JSON.stringify(error)).not.toContain(API_KEY);
		});
	});

	describe('rate limit', () => {
		it('runs 45 creates in one execution against Copilot’s limit: one 429, waited out, then paced; nothing lost', async () => {
			const [client] = fake.demo.clients;
			const input = Array.from({ length: 45 }, (_, index) => ({ title: `Note ${index}` }));
			const output = await run(
				{ resource: 'note', operation: 'create', entityType: 'client', entityId: client.id, title: '={{ $json.title }}', additionalFields: {} },
				{ input },
			);
			expect(output.map((item) => item.json.title)).toEqual(input.map((entry) => entry.title));
			// The fake's bucket takes 20 at once and 20 more a second. Unpaced, the node would meet a
			// 429 after every burst; paced after the first, it meets exactly one.
			const statuses = apiRequests().map((request) => request.status);
			expect(statuses.filter((status) => status === 429)).toHaveLength(1);
			expect(statuses.filter((status) => status === 200)).toHaveLength(45);
		});
	});
});
