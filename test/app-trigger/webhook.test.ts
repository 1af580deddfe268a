import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { CopilotAppTrigger } from '../../nodes/CopilotAppTrigger/CopilotAppTrigger.node';
import { OPEN_FROM_COPILOT_PAGE } from '../../nodes/CopilotAppTrigger/refusal';
import { mintAppToken, sealAppToken, startFakeCopilotApi, type FakeCopilotApi } from '../fake-copilot-api';
import { AppTriggerServer, type AppAnswer, type AppSetup } from '../helpers/appTriggerServer';

const APP_KEY = 'webhook-test-app-key';
const WORKSPACE_KEY = 'webhook-test-workspace-key';

let fake: FakeCopilotApi;
const servers: AppTriggerServer[] = [];

beforeAll(async () => {
	fake = await startFakeCopilotApi({ apiKey: WORKSPACE_KEY, appApiKey: APP_KEY, seed: 'demo', rateLimit: false });
});

afterAll(async () => {
	await Promise.all(servers.map((server) => server.stop()));
	await fake.stop();
});

beforeEach(() => fake.clearRequests());

const appCredentials = () => ({ keyKind: 'customApp', apiKey: APP_KEY, workspaceId: fake.workspaceId, baseUrl: fake.url });

async function app(setup: Partial<AppSetup> = {}) {
	const server = new AppTriggerServer({ credentials: appCredentials(), ...setup });
	servers.push(server);
	const url = await server.start();
	return {
		open: (query: string, init?: RequestInit) => server.request(`${url}?${query}`, init),
		post: (query: string, form: Record<string, string>) =>
			server.request(`${url}${query ? `?${query}` : ''}`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams(form).toString(),
			}),
	};
}

const clientToken = (extra: IDataObject = {}) => {
	const [client] = fake.demo.clients;
	return mintAppToken(APP_KEY, { workspaceId: fake.workspaceId, clientId: client.id, companyId: client.companyId, tokenId: 'tok-1', ...extra });
};
const tokenQuery = (token: string, rest = '') => `token=${token}${rest}`;

describe('Copilot App Trigger: a token Copilot made with the app’s key', () => {
	it('starts the workflow with one item saying who is looking and what the page asked, and answers the page', async () => {
		const { open } = await app({ page: (item) => `<p>Hello ${item.clientId}</p>` });
		const token = clientToken({ notificationId: 'note-1' });
		const answer = await open(tokenQuery(token, '&view=open&sort=due'));
		const [client] = fake.demo.clients;
		expect(answer.status).toBe(200);
		expect(answer.body).toBe(`<p>Hello ${client.id}</p>`);
		expect(answer.items).toEqual([
			{
				viewer: 'client',
				workspaceId: fake.workspaceId,
				clientId: client.id,
				companyId: client.companyId,
				internalUserId: null,
				notificationId: 'note-1',
				method: 'GET',
				query: { view: 'open', sort: 'due' },
				form: {},
			},
		]);
		expect(JSON.stringify(answer.items)).not.toContain(token);
		expect(JSON.stringify(answer.items)).not.toContain('tok-1');
	});

	it('tells a team member and a team member’s preview as a client apart', async () => {
		const { open } = await app();
		const [user] = fake.demo.internalUsers;
		const internal = await open(tokenQuery(mintAppToken(APP_KEY, { workspaceId: fake.workspaceId, internalUserId: user.id })));
		expect(internal.items?.[0]).toMatchObject({ viewer: 'internalUser', internalUserId: user.id, clientId: null, companyId: null });
		const preview = await open(tokenQuery(clientToken({ internalUserId: user.id })));
		expect(preview.items?.[0]).toMatchObject({ viewer: 'preview', internalUserId: user.id, clientId: fake.demo.clients[0].id });
	});

	it('starts on a form posted back to the page’s address, with its fields and without the token', async () => {
		const { post } = await app();
		const token = clientToken();
		const answer = await post(tokenQuery(token, '&view=open'), { taskId: 'task-1', action: 'done' });
		expect(answer.status).toBe(200);
		expect(answer.items?.[0]).toMatchObject({ viewer: 'client', method: 'POST', query: { view: 'open' }, form: { taskId: 'task-1', action: 'done' } });
		expect(JSON.stringify(answer.items)).not.toContain(token);
	});

	it('takes the token from a form field when the address has none, and leaves it out of the item', async () => {
		const { post } = await app();
		const token = clientToken();
		const answer = await post('', { token, taskId: 'task-1' });
		expect(answer.items?.[0]).toMatchObject({ method: 'POST', query: {}, form: { taskId: 'task-1' } });
		expect(JSON.stringify(answer.items)).not.toContain(token);
	});

	it('does not read a token from a GET request’s body', async () => {
		const { open } = await app();
		const answer = await open('view=open', { method: 'GET' });
		expect(answer.status).toBe(403);
	});
});

describe('Copilot App Trigger: every request it refuses gets the same 403 page, and nothing runs', () => {
	const validPayload = () => ({ workspaceId: fake.workspaceId, clientId: fake.demo.clients[0].id });
	const zeroPadded = (bytes: Buffer) => Buffer.concat([bytes, Buffer.alloc(16 - (bytes.length % 16))]);
	const cases: Array<[string, () => string]> = [
		['no token', () => 'view=open'],
		['an empty token', () => 'token='],
		['a token that is not hex', () => tokenQuery('not-a-token')],
		['two tokens', () => `${tokenQuery(clientToken())}&${tokenQuery(clientToken())}`],
		['a token cut short', () => tokenQuery(clientToken().slice(0, 40))],
		['a token made with another app’s key', () => tokenQuery(mintAppToken('another-app-key', validPayload(), { iv: Buffer.alloc(16, 7) }))],
		['a token with bad padding', () => tokenQuery(sealAppToken(APP_KEY, JSON.stringify(validPayload()), { pad: zeroPadded }))],
		['a token that holds no JSON', () => tokenQuery(sealAppToken(APP_KEY, 'workspaceId=abc'))],
		['a token with a value that is not a string', () => tokenQuery(mintAppToken(APP_KEY, { ...validPayload(), seats: 2 }))],
		['a token without workspaceId', () => tokenQuery(mintAppToken(APP_KEY, { clientId: fake.demo.clients[0].id }))],
		['a token for another workspace', () => tokenQuery(mintAppToken(APP_KEY, { ...validPayload(), workspaceId: 'another-workspace' }))],
		['a token that names no one', () => tokenQuery(mintAppToken(APP_KEY, { workspaceId: fake.workspaceId }))],
	];

	const answers: Array<[string, AppAnswer]> = [];

	it.each(cases)('refuses %s', async (label, query) => {
		const { open } = await app();
		const answer = await open(query());
		answers.push([label, answer]);
		expect({ status: answer.status, body: answer.body, items: answer.items, thrown: answer.thrown }).toEqual({
			status: 403,
			body: OPEN_FROM_COPILOT_PAGE,
			items: undefined,
			thrown: undefined,
		});
		expect(fake.requests).toEqual([]);
	});

	it('answers all of them alike, headers included, so that the answer tells nothing about the token', () => {
		const headersOf = (answer: AppAnswer) =>
			Object.fromEntries([...answer.headers].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name)));
		expect(answers).toHaveLength(cases.length);
		const [, first] = answers[0];
		expect(headersOf(first)).toEqual({
			'content-type': 'text/html; charset=utf-8',
			'cache-control': 'no-store',
			'referrer-policy': 'no-referrer',
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
			'transfer-encoding': 'chunked',
		});
		for (const [, answer] of answers) expect(headersOf(answer)).toEqual(headersOf(first));
		expect(first.body).toContain('Open this app from Copilot');
	});

	it('refuses a POST whose form carries a token made with another key', async () => {
		const { post } = await app();
		const answer = await post('', { token: mintAppToken('another-app-key', validPayload(), { iv: Buffer.alloc(16, 7) }), taskId: 't' });
		expect([answer.status, answer.items]).toEqual([403, undefined]);
	});
});

describe('Copilot App Trigger: a credential that cannot open tokens', () => {
	it.each([
		['a workspace key', { apiKey: WORKSPACE_KEY }],
		['a custom app’s key without its Workspace ID', { keyKind: 'customApp', apiKey: APP_KEY, workspaceId: ' ' }],
		['no key', { keyKind: 'customApp', apiKey: '', workspaceId: 'ws' }],
	])('answers 500 with a page and starts nothing when the credential holds %s', async (_label, credentials) => {
		const { open } = await app({ credentials });
		const answer = await open(tokenQuery(clientToken()));
		expect([answer.status, answer.items]).toEqual([500, undefined]);
		expect(answer.body).toContain('This app is not available right now');
	});
});

describe('Copilot App Trigger: while a test listens in the editor', () => {
	it.each([
		['view=open', 'The request carries no token'],
		['token=xyz', 'The token is not a Copilot token'],
		[`token=${'ab'.repeat(48)}`, 'The token does not open with the credential’s API key'],
	])('shows why %s was refused on the node', async (query, message) => {
		const { open } = await app({ mode: 'manual' });
		const answer = await open(query);
		expect(answer.thrown?.message).toBe(`Copilot app request refused: ${message}`);
		expect(answer.items).toBeUndefined();
	});

	it('says when the token is for another workspace than the credential’s, and what to do', async () => {
		const { open } = await app({ mode: 'manual' });
		const answer = await open(tokenQuery(mintAppToken(APP_KEY, { workspaceId: 'another-workspace', clientId: 'c' })));
		expect(answer.thrown?.message).toBe('Copilot app request refused: The token is for another workspace than the credential’s');
		expect((answer.thrown as Error & { description?: string }).description).toMatch(/Workspace ID of the Copilot API credential/);
		expect(answer.thrown?.message).not.toContain('another-workspace');
	});
});

describe('Copilot App Trigger: Include Records', () => {
	it('reads the client and company a client’s token names with the app’s key, and null for what it does not name', async () => {
		const { open } = await app({ include: ['client', 'company', 'internalUser'] });
		const [client] = fake.demo.clients;
		const answer = await open(tokenQuery(clientToken()));
		expect(answer.items?.[0]).toMatchObject({
			client: { id: client.id, email: client.email },
			company: { id: client.companyId },
			internalUser: null,
		});
		expect(fake.requests.map((request) => [request.method, request.path, request.apiKey, request.status])).toEqual([
			['GET', `/v1/clients/${client.id}`, `${fake.workspaceId}/${APP_KEY}`, 200],
			['GET', `/v1/companies/${client.companyId}`, `${fake.workspaceId}/${APP_KEY}`, 200],
		]);
	});

	it('reads nothing for a refused token', async () => {
		const { open } = await app({ include: ['client'] });
		const clientId = fake.demo.clients[0].id;
		expect((await open(tokenQuery(mintAppToken('another-app-key', { workspaceId: fake.workspaceId, clientId })))).status).toBe(403);
		expect((await open(tokenQuery(mintAppToken(APP_KEY, { workspaceId: 'another-workspace', clientId })))).status).toBe(403);
		expect(fake.requests).toEqual([]);
	});

	it('answers 502 and starts nothing when Copilot does not answer with the record; in the editor it says what Copilot said', async () => {
		const token = mintAppToken(APP_KEY, { workspaceId: fake.workspaceId, clientId: 'no-such-client' });
		const { open } = await app({ include: ['client'] });
		const answer = await open(tokenQuery(token));
		expect([answer.status, answer.items]).toEqual([502, undefined]);
		expect(answer.body).toContain('This app is not available right now');

		const listening = await app({ include: ['client'], mode: 'manual' });
		const shown = await listening.open(tokenQuery(token));
		expect(shown.thrown?.message).toMatch(/not found/i);
		expect(shown.thrown?.message).not.toContain(token);
	});
});

describe('Copilot App Trigger: publishing', () => {
	const hooks = (credentials: IDataObject) =>
		({
			getCredentials: async () => credentials,
			getNode: () => ({ name: 'Copilot App Trigger', type: 'n8n-nodes-copilot.copilotAppTrigger', typeVersion: 1, parameters: {} }),
		}) as unknown as IHookFunctions;
	const methods = new CopilotAppTrigger().webhookMethods.default;

	it('publishes with a custom app’s key and its Workspace ID, registering nothing with Copilot', async () => {
		const context = hooks({ keyKind: 'customApp', apiKey: APP_KEY, workspaceId: 'ws-1' });
		await expect(methods.checkExists.call(context)).resolves.toBe(false);
		await expect(methods.create.call(context)).resolves.toBe(true);
		await expect(methods.delete.call(context)).resolves.toBe(true);
	});

	it.each([
		['a workspace key', { apiKey: WORKSPACE_KEY }],
		['a custom app’s key without Workspace ID', { keyKind: 'customApp', apiKey: APP_KEY, workspaceId: '' }],
	])('refuses to publish with %s, saying what the credential needs', async (_label, credentials) => {
		await expect(methods.create.call(hooks(credentials))).rejects.toThrow(
			'The Copilot API credential does not hold a custom app’s key with its Workspace ID',
		);
	});
});
