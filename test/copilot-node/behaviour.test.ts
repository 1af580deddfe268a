import { NodeApiError, type IDataObject, type INodeParameters } from 'n8n-workflow';

import { CopilotClient } from '../../nodes/Copilot/transport/client';
import { RateLimiter } from '../../nodes/Copilot/transport/rateLimiter';
import { freePortSync } from '../helpers/ports';
import type { FakeCopilotApi } from '../fake-copilot-api';
import { credentialReads, executeContext, runCopilotNode } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';

const API_KEY = 'behaviour-test-key';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('the Copilot node as n8n runs it', () => {
	let fake: FakeCopilotApi;
	const credentials = () => ({ apiKey: API_KEY, baseUrl: fake.url });
	const run = (parameters: INodeParameters, extra: { input?: IDataObject[]; onError?: 'continueRegularOutput' } = {}) =>
		runCopilotNode({ parameters, credentials: credentials(), ...extra });
	const apiRequests = () => fake.requests.filter((request) => request.path.startsWith('/v1/'));

	withFakeCopilotApi({ apiKey: API_KEY, seed: 'demo' }, (started) => (fake = started));

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

		it('Return All follows nextToken through every page, reading the credential once', async () => {
			credentialReads.count = 0;
			const output = await run({ resource: 'client', operation: 'getAll', returnAll: true, filters: { companyId } });
			expect(output).toHaveLength(250);
			expect(new Set(output.map((item) => item.json.id)).size).toBe(250);
			// One large page (pages.test.ts: pages Copilot serves smaller, or refuses).
			expect(apiRequests().map((request) => [request.query.limit, request.query.nextToken === undefined])).toEqual([['1000', true]]);
			expect(apiRequests().every((request) => request.apiKey === API_KEY)).toBe(true);
			expect(credentialReads.count).toBe(1);
		});

		it('Limit asks only for what is still wanted', async () => {
			expect(await run({ resource: 'client', operation: 'getAll', limit: 5, filters: { companyId } })).toHaveLength(5);
			expect(apiRequests().map((request) => request.query.limit)).toEqual(['5']);
			fake.clearRequests();
			expect(await run({ resource: 'client', operation: 'getAll', limit: 130, filters: { companyId } })).toHaveLength(130);
			expect(apiRequests().map((request) => request.query.limit)).toEqual(['130']);

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

		/**
		 * A client on the test's execution whose waits are recorded instead of slept, on a clock of its
		 * own that each wait moves on, with a limiter of its own on that clock.
		 */
		function recordingClient(options: { timeoutMs?: number } = {}) {
			const waits: number[] = [];
			let now = 0;
			const client = new CopilotClient(
				executeContext({ parameters: { resource: 'workspace', operation: 'get' }, credentials: credentials() }),
				{
					limiter: new RateLimiter(() => now),
					sleep: async (ms) => {
						waits.push(ms);
						now += ms;
					},
					random: () => 0.5,
					...options,
				},
			);
			return { waits, client };
		}

		it('retries a read answered 429 after Copilot’s second, and one answered 503 after a backoff, then succeeds', async () => {
			const [client] = fake.demo.clients;
			const path = `/v1/clients/${client.id}`;
			fake.failNext({ status: 429, path, body: { code: 'rate_limit_exceeded', message: 'Too many requests' } });
			fake.failNext({ status: 503, path });
			const { waits, client: api } = recordingClient();
			expect(await api.request({ method: 'GET', path })).toMatchObject({ id: client.id });
			expect(apiRequests().map((request) => request.status)).toEqual([429, 503, 200]);
			// 1 s window + half of the first backoff (500 ms), then half of the second (1 s).
			expect(waits).toEqual([1250, 500]);
		});

		it('never retries another 4xx', async () => {
			await expect(run({ resource: 'client', operation: 'create', givenName: 'No', familyName: 'Email', email: '' })).rejects.toThrow(
				'email is required',
			);
			expect(apiRequests().map((request) => request.status)).toEqual([400]);
		});

		it('gives a read up after four retries, each backoff drawn from a doubling ceiling', async () => {
			fake.failNext({ status: 502, count: 10, path: '/v1/workspaces' });
			const { waits, client } = recordingClient();
			await expect(client.request({ method: 'GET', path: '/v1/workspaces' })).rejects.toMatchObject({ httpCode: '502' });
			expect(waits).toEqual([250, 500, 1000, 2000]);
			expect(apiRequests()).toHaveLength(5);
		});

		it('never sends a create again after a 502 that came after the write: one client, and an error saying to check', async () => {
			const email = 'gateway.error@example.com';
			fake.failNext({ status: 502, method: 'POST', path: '/v1/tasks', afterWrite: true });
			const [internalUser] = fake.demo.internalUsers;
			const error = await run({
				resource: 'task',
				operation: 'create',
				name: `Task for ${email}`,
				additionalFields: { internalUserId: internalUser.id },
			}).catch((caught: unknown) => caught);
			expect(error).toBeInstanceOf(NodeApiError);
			expect(error).toMatchObject({
				message: 'Copilot may have done this already: Copilot answered HTTP 502 (Injected failure: HTTP 502), so the request was not sent again',
				httpCode: '502',
			});
			expect((error as NodeApiError).description).toContain('Task › Get Many');
			expect(apiRequests().map((request) => [request.method, request.status])).toEqual([['POST', 502]]);
			expect(fake.store.list('task').filter((task) => task.name === `Task for ${email}`)).toHaveLength(1);
		});

		it('after a lost answer to a client create, looks the email up: the client found is the output, created once', async () => {
			const email = 'lost.answer@example.com';
			fake.failNext({ status: 502, method: 'POST', path: '/v1/clients', afterWrite: true });
			const [item] = await run({ resource: 'client', operation: 'create', givenName: 'Lost', familyName: 'Answer', email, additionalFields: {} });
			expect(item.json).toMatchObject({ email, givenName: 'Lost' });
			expect(apiRequests().map((request) => [request.method, request.path, request.query.email, request.status])).toEqual([
				['POST', '/v1/clients', undefined, 502],
				['GET', '/v1/clients', email, 200],
			]);
			expect(fake.store.list('client').filter((client) => client.email === email)).toHaveLength(1);
		});

		it('after a lost answer to a client create that was not done, says no such client exists yet', async () => {
			const email = 'never.made@example.com';
			fake.failNext({ status: 502, method: 'POST', path: '/v1/clients' });
			const error = await run({ resource: 'client', operation: 'create', givenName: 'Never', familyName: 'Made', email, additionalFields: {} }).catch(
				(caught: unknown) => caught,
			);
			expect(error).toMatchObject({ httpCode: '502', context: expect.objectContaining({ mayHaveBeenDone: true }) });
			expect((error as NodeApiError).description).toBe(
				`The node then looked for a client with the email ${email} and found none: Copilot did not create it, or had not finished. Look again (Client › Get Many, filter Email) before you run this item again.`,
			);
			expect(fake.store.list('client').filter((client) => client.email === email)).toHaveLength(0);
		});

		it('after a lost answer to a company create that was done, outputs the company found by its name', async () => {
			fake.failNext({ method: 'POST', path: '/v1/companies', afterWrite: true, hangUp: true });
			const [item] = await run({ resource: 'company', operation: 'create', name: 'Answer Lost Ltd', additionalFields: {} });
			expect(item.json).toMatchObject({ name: 'Answer Lost Ltd', isPlaceholder: false });
			expect(fake.store.list('company').filter((company) => company.name === 'Answer Lost Ltd')).toHaveLength(1);
		});

		it('with On Error: Continue, marks the item of a create that may have been done', async () => {
			fake.failNext({ status: 504, method: 'POST', path: '/v1/notes' });
			const [client] = fake.demo.clients;
			const [item] = await run(
				{ resource: 'note', operation: 'create', entityType: 'client', entityId: client.id, title: 'Maybe', additionalFields: {} },
				{ onError: 'continueRegularOutput' },
			);
			expect(item.json).toMatchObject({ httpCode: '504', mayHaveBeenDone: true });
			expect(String(item.json.error)).toMatch(/^Copilot may have done this already/);
		});

		it('retries a read whose connection was cut, and a Return All keeps every page', async () => {
			fake.failNext({ method: 'GET', path: '/v1/clients', hangUp: true });
			const output = await run({ resource: 'client', operation: 'getAll', returnAll: true, filters: { companyId: fake.demo.companies[0].id } });
			const expected = fake.store.list('client').filter((client) => client.companyId === fake.demo.companies[0].id);
			expect(output.map((item) => item.json.id)).toEqual(expected.map((client) => client.id));
			expect(apiRequests()[0].hungUp).toBe(true);
		}, 15_000);

		it('does not send a create again whose connection was cut after the write', async () => {
			fake.failNext({ method: 'POST', path: '/v1/notes', afterWrite: true, hangUp: true });
			const [client] = fake.demo.clients;
			await expect(
				run({ resource: 'note', operation: 'create', entityType: 'client', entityId: client.id, title: 'Cut off', additionalFields: {} }),
			).rejects.toThrow(/^Copilot may have done this already: No answer came/);
			expect(apiRequests()).toHaveLength(1);
			expect(fake.store.list('note').filter((note) => note.title === 'Cut off')).toHaveLength(1);
		});

		it('times a request out, then retries a read but not a create', async () => {
			// Held back far longer than any test runs: the first attempt certainly times out.
			fake.failNext({ method: 'GET', path: '/v1/workspaces', delayMs: 600_000 });
			const { waits, client } = recordingClient({ timeoutMs: 200 });
			expect(await client.request({ method: 'GET', path: '/v1/workspaces' })).toMatchObject({ object: 'workspace' });
			expect(waits.length).toBeGreaterThanOrEqual(1);
			fake.clearRequests();
			fake.failNext({ method: 'POST', path: '/v1/messages', delayMs: 600_000, afterWrite: true });
			const channel = fake.demo.messageChannels[0];
			await expect(
				client.request({ method: 'POST', path: '/v1/messages', body: { channelId: channel.id, text: 'Timed out' } }),
			).rejects.toMatchObject({ context: expect.objectContaining({ mayHaveBeenDone: true }) });
			expect(apiRequests()).toHaveLength(1);
		});

		it('counts a DELETE as done when its retry finds the record gone', async () => {
			const note = fake.store.add('note', { entityType: 'client', entityId: fake.demo.clients[0].id, title: 'Deleted twice?' });
			fake.failNext({ method: 'DELETE', path: `/v1/notes/${note.id}`, status: 502, afterWrite: true });
			const [item] = await run({ resource: 'note', operation: 'delete', noteId: note.id });
			expect(item.json).toEqual({ id: note.id, deleted: true });
			expect(apiRequests().map((request) => request.status)).toEqual([502, 404]);
		}, 15_000);

		it('still reports a DELETE of a record that never existed as not found', async () => {
			await expect(run({ resource: 'note', operation: 'delete', noteId: 'no-such-note' })).rejects.toThrow('Note not found');
		});

		// Nothing was sent, so even a create is tried again: four backoffs of up to 0.5, 1, 2 and 4 s.
		it('says which Base URL did not answer, without the API key, after trying again', async () => {
			const error = await runCopilotNode({
				parameters: { resource: 'workspace', operation: 'get' },
				credentials: { apiKey: API_KEY, baseUrl: `http://127.0.0.1:${freePortSync()}` },
			}).catch((caught: unknown) => caught);
			expect(error).toBeInstanceOf(NodeApiError);
			expect((error as NodeApiError).description).toMatch(/^No answer from http:\/\/127\.0\.0\.1:\d+\./);
			expect(JSON.stringify(error)).not.toContain(API_KEY);
		}, 15_000);
	});

	describe('rate limit', () => {
		const noteCreates = (count: number, label: string) => ({
			parameters: {
				resource: 'note',
				operation: 'create',
				entityType: 'client',
				entityId: fake.demo.clients[0].id,
				title: '={{ $json.title }}',
				additionalFields: {},
			},
			input: Array.from({ length: count }, (_, index) => ({ title: `${label} ${index}` })),
		});

		it('paces 45 creates in one execution to Copilot’s limit from the first request: no 429, nothing lost', async () => {
			fake.refillRateLimit(); // requests of other tests' own limiters took from it
			const { parameters, input } = noteCreates(45, 'Paced');
			const output = await run(parameters, { input });
			expect(output.map((item) => item.json.title)).toEqual(input.map((entry) => entry.title));
			// The fake's bucket takes 20 at once and 20 more a second, as Copilot allows.
			expect(apiRequests().map((request) => request.status)).toEqual(Array(45).fill(200));
		}, 30_000);

		it('shares one limit between executions at once: two of 30 creates each meet no 429', async () => {
			fake.refillRateLimit(); // requests of other tests' own limiters took from it
			const [first, second] = [noteCreates(30, 'First'), noteCreates(30, 'Second')];
			const outputs = await Promise.all([run(first.parameters, { input: first.input }), run(second.parameters, { input: second.input })]);
			expect(outputs.map((output) => output.length)).toEqual([30, 30]);
			expect(apiRequests().filter((request) => request.status !== 200)).toEqual([]);
			const titles = fake.store.list('note').map((note) => note.title);
			for (const { title } of [...first.input, ...second.input]) expect(titles.filter((made) => made === title)).toHaveLength(1);
		}, 30_000);

		it('waits out a 429 from elsewhere (another worker) and goes on', async () => {
			fake.failNext({ status: 429, method: 'POST', path: '/v1/notes', count: 3 });
			const { parameters, input } = noteCreates(5, 'After 429');
			expect(await run(parameters, { input })).toHaveLength(5);
			expect(apiRequests().map((request) => request.status)).toEqual([429, 429, 429, 200, 200, 200, 200, 200]);
		}, 30_000);
	});
});
