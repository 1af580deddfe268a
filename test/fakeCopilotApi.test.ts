import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest, Agent } from 'node:http';
import { join } from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { createTokenBucket, startFakeCopilotApi, type FakeCopilotApi } from './fake-copilot-api';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BEHAVIOURS, RULES } = require('./fake-copilot-api/server-rules') as { BEHAVIOURS: Record<string, { source: string }>; RULES: Record<string, unknown> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RULES_FILE, renderRulesTable } = require('./fake-copilot-api/rules-table') as { RULES_FILE: string; renderRulesTable: () => string };

const API_KEY = 'fake-api-test-key';
const APP_KEY = 'fake-app-test-key';

/** What the fake answers: a record, a list page or an error, read field by field. */
interface AnswerBody {
	id?: string;
	code?: string;
	message?: string;
	/** Lists only. */
	data: Array<{ id: string; [field: string]: unknown }>;
	nextToken?: string;
	[field: string]: unknown;
}

interface Answer {
	status: number;
	headers: Headers;
	json: AnswerBody;
}

/** Calls the fake as a client would; `body` as an object is sent as JSON, as a string verbatim. */
async function call(
	api: FakeCopilotApi,
	method: string,
	path: string,
	{ body, apiKey = API_KEY }: { body?: unknown; apiKey?: string | null } = {},
): Promise<Answer> {
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (apiKey !== null) headers['x-api-key'] = apiKey;
	const response = await fetch(`${api.url}${path}`, {
		method,
		headers,
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, headers: response.headers, json: (text ? JSON.parse(text) : {}) as AnswerBody };
}

describe('the fake Copilot API', () => {
	let api: FakeCopilotApi;

	beforeAll(async () => {
		api = await startFakeCopilotApi({ apiKey: API_KEY, appApiKey: APP_KEY, seed: 'demo', rateLimit: false });
	});

	afterAll(async () => {
		await api.stop();
	});

	beforeEach(() => api.clearRequests());

	/** The custom app's key as Copilot takes it: after the workspace's id. */
	const appKey = () => `${api.workspaceId}/${APP_KEY}`;

	describe('requests', () => {
		it('refuses a missing or wrong API key with 401 and records what was sent', async () => {
			const missing = await call(api, 'GET', '/v1/clients', { apiKey: null });
			const wrong = await call(api, 'GET', '/v1/clients?limit=5', { apiKey: 'nope' });
			expect([missing.status, wrong.status]).toEqual([401, 401]);
			expect(wrong.json).toEqual({ code: 'unauthorized', message: 'Invalid API key' });
			expect(wrong.headers.get('content-type')).toBe('application/json');
			expect(api.requests).toEqual([
				expect.objectContaining({ method: 'GET', path: '/v1/clients', query: {}, apiKey: undefined, status: 401 }),
				expect.objectContaining({ method: 'GET', path: '/v1/clients', query: { limit: '5' }, apiKey: 'nope', status: 401 }),
			]);
			expect(api.stats().byStatus).toEqual({ '401': 2 });
		});

		it('takes the workspace key bare and a custom app’s key after its workspace’s id, and nothing else', async () => {
			expect(api.workspaceId).toBe(api.demo.workspace.id);
			const statuses = [];
			for (const apiKey of [API_KEY, appKey(), `${appKey()}/token-1`, APP_KEY, `other-workspace/${APP_KEY}`, `${api.workspaceId}/${API_KEY}`, `${appKey()}/`, `${appKey()}/a/b`]) {
				statuses.push((await call(api, 'GET', '/v1/workspaces', { apiKey })).status);
			}
			expect(statuses).toEqual([200, 200, 200, 401, 401, 401, 401, 401]);
			expect(api.requests.slice(0, 3).map((request) => request.keyKind)).toEqual(['workspace', 'customApp', 'customApp']);
		});

		it('lets only a custom app’s key create, delete and mark notifications, with Copilot’s 403 to a workspace key', async () => {
			const [notification] = api.demo.notifications;
			const body = { senderId: api.demo.internalUsers[0].id, recipientClientId: api.demo.clients[0].id, deliveryTargets: { inProduct: { title: 'Hi' } } };
			const refused = [
				await call(api, 'POST', '/v1/notifications', { body }),
				await call(api, 'POST', `/v1/notifications/${notification.id}/read`),
				await call(api, 'POST', `/v1/notifications/${notification.id}/unread`),
				await call(api, 'DELETE', `/v1/notifications/${notification.id}`),
			];
			expect(refused.map((answer) => answer.status)).toEqual([403, 403, 403, 403]);
			expect(refused[0].json).toEqual({
				code: 'forbidden',
				message: 'Only custom apps can create, delete or mark notifications: use the key of a custom app of this workspace',
			});
			expect(api.store.get('notification', notification.id)).toBeDefined();
			expect((await call(api, 'GET', '/v1/notifications?includeRead=true')).status).toBe(200);
			const created = await call(api, 'POST', '/v1/notifications', { body, apiKey: appKey() });
			expect(created).toMatchObject({ status: 200, json: { recipientClientId: api.demo.clients[0].id } });
			expect((await call(api, 'DELETE', `/v1/notifications/${created.json.id}`, { apiKey: appKey() })).json).toMatchObject({ deleted: true });
		});

		it('answers Copilot’s error bodies: 404 naming the resource, unknown route, wrong method', async () => {
			expect(await call(api, 'GET', '/v1/clients/no-such-id')).toMatchObject({
				status: 404,
				json: { code: 'not_found', message: 'Client not found' },
			});
			expect(await call(api, 'GET', '/v1/no-such-thing')).toMatchObject({ status: 404, json: { code: 'not_found', message: 'Route not found' } });
			expect((await call(api, 'DELETE', '/v1/workspaces')).status).toBe(405);
		});

		it('refuses with 400 a missing required field, naming it, and a body that is not a JSON object', async () => {
			const missing = await call(api, 'POST', '/v1/clients', { body: { givenName: 'Ada', email: 'ada@example.com' } });
			expect(missing).toMatchObject({ status: 400, json: { code: 'parameter_invalid', message: 'familyName is required' } });
			const notJson = await call(api, 'POST', '/v1/notes', { body: '{"title":' });
			expect(notJson.status).toBe(400);
			expect(api.requests[1].body).toBe('{"title":');
			expect((await call(api, 'POST', '/v1/notes', { body: [1, 2] })).status).toBe(400);
		});

		it('answers 500 internal_error when a handler throws, and keeps serving', async () => {
			const list = api.store.list;
			api.store.list = () => {
				throw new Error('boom');
			};
			try {
				expect(await call(api, 'GET', '/v1/companies')).toMatchObject({ status: 500, json: { code: 'internal_error' } });
			} finally {
				api.store.list = list;
			}
			expect((await call(api, 'GET', '/v1/companies')).status).toBe(200);
		});
	});

	describe('lists', () => {
		let companyId: string;
		beforeAll(() => {
			companyId = api.store.add('company', { name: 'Paging Ltd', isPlaceholder: false }).id;
			api.seedClients(250, { companyId });
		});

		it('serves the lists Copilot’s apps read in large pages as large as asked, and the others 100 a page at most, silently', async () => {
			const large = await call(api, 'GET', `/v1/clients?companyId=${companyId}&limit=1000`);
			expect(large.json.data).toHaveLength(250);
			expect(large.json.nextToken).toBeUndefined();
			expect((await call(api, 'GET', `/v1/clients?companyId=${companyId}&limit=7`)).json.data).toHaveLength(7);
			for (let index = 0; index < 120; index++) api.store.add('product', { name: `Product ${index}` });
			const small = await call(api, 'GET', '/v1/products?limit=1000');
			expect(small.json.data).toHaveLength(100);
			expect(small.json.nextToken).toEqual(expect.any(String));
		});

		it('when told, refuses every limit above 100 with a 400 naming limit, or caps it at 100 silently', async () => {
			try {
				api.setPageMode('refuse');
				expect(await call(api, 'GET', `/v1/clients?companyId=${companyId}&limit=101`)).toMatchObject({
					status: 400,
					json: { code: 'parameter_invalid', message: 'limit must be less than or equal to 100' },
				});
				expect((await call(api, 'GET', `/v1/clients?companyId=${companyId}&limit=100`)).json.data).toHaveLength(100);
				api.setPageMode('cap');
				const capped = await call(api, 'GET', `/v1/clients?companyId=${companyId}&limit=1000`);
				expect([capped.status, capped.json.data.length, typeof capped.json.nextToken]).toEqual([200, 100, 'string']);
				expect(() => api.setPageMode('large' as 'serve')).toThrow('Unknown page mode "large"; one of serve, refuse, cap');
			} finally {
				api.setPageMode('serve');
			}
		});

		it('walks every filtered record exactly once through nextToken, without a token on the last page', async () => {
			const ids: string[] = [];
			const tokens: Array<string | undefined> = [];
			let nextToken: string | undefined;
			do {
				const query = new URLSearchParams({ companyId, limit: '100', ...(nextToken ? { nextToken } : {}) });
				const page = await call(api, 'GET', `/v1/clients?${query}`);
				ids.push(...page.json.data.map((client) => client.id));
				nextToken = page.json.nextToken;
				tokens.push(nextToken);
			} while (nextToken);
			const expected = api.store.list('client').filter((client) => client.companyId === companyId).map((client) => client.id);
			expect(ids).toEqual(expected);
			expect(new Set(ids).size).toBe(250);
			expect(tokens.map((token) => token === undefined)).toEqual([false, false, true]);
		});

		it('refuses a limit below 1 or not a number, and a token it did not make', async () => {
			for (const query of ['limit=0', 'limit=abc', 'limit=2.5', 'nextToken=garbage']) {
				expect(await call(api, 'GET', `/v1/clients?${query}`)).toMatchObject({ status: 400, json: { code: 'parameter_invalid' } });
			}
		});

		it('filters by exact, case-sensitive equality; booleans as "true"/"false"', async () => {
			const [ava] = api.demo.clients;
			expect((await call(api, 'GET', `/v1/clients?email=${ava.email}`)).json.data.map((client) => client.id)).toEqual([ava.id]);
			expect((await call(api, 'GET', `/v1/clients?email=${String(ava.email).toUpperCase()}`)).json.data).toEqual([]);
			await call(api, 'POST', '/v1/clients', { body: { givenName: 'Solo', familyName: 'Trader', email: 'solo@example.com' } });
			const placeholders = (await call(api, 'GET', '/v1/companies?isPlaceholder=true')).json.data;
			const solo = api.store.list('client').find((client) => client.email === 'solo@example.com')!;
			expect(placeholders.map((company) => [company.id, company.name])).toContainEqual([solo.companyId, '']);
			expect(placeholders.every((company) => company.name === '')).toBe(true);
		});

		it('serves 20 notes a page by default, and unpaginated lists whole', async () => {
			const [client] = api.demo.clients;
			for (let index = 0; index < 25; index++) api.store.add('note', { entityType: 'client', entityId: client.id, title: `Note ${index}` });
			const notes = await call(api, 'GET', `/v1/notes?entityId=${client.id}`);
			expect(notes.json.data).toHaveLength(20);
			expect(notes.json.nextToken).toEqual(expect.any(String));
			const fields = await call(api, 'GET', '/v1/custom-fields?limit=1');
			expect(fields.json).toEqual({ data: api.demo.customFields });
		});
	});

	describe('records', () => {
		it('creates a client in a placeholder company, invited only when asked, choosing its own id', async () => {
			const created = await call(api, 'POST', '/v1/clients?sendInvite=true', {
				body: { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.com', id: 'chosen-by-client' },
			});
			expect(created.json).toMatchObject({ object: 'client', status: 'invited', companyIds: [created.json.companyId] });
			expect(created.json.id).not.toBe('chosen-by-client');
			expect(api.store.get('company', String(created.json.companyId))).toMatchObject({ name: '', isPlaceholder: true });
			const again = await call(api, 'POST', '/v1/clients', { body: { givenName: 'A', familyName: 'L', email: 'ada@example.com' } });
			expect(again.status).toBe(400);
			const badCompany = await call(api, 'POST', '/v1/clients', { body: { givenName: 'A', familyName: 'L', email: 'a@l.com', companyId: 'nope' } });
			expect(badCompany.json.message).toMatch(/^companyId/);
		});

		it('PATCH merges custom fields key by key ("" removes one); PUT clears what it leaves out', async () => {
			const client = api.demo.clients[3];
			const patched = await call(api, 'PATCH', `/v1/clients/${client.id}`, { body: { familyName: 'Renamed', customFields: { tags: ['vip'], phoneNumber: '' } } });
			expect(patched.json).toMatchObject({ givenName: client.givenName, familyName: 'Renamed', customFields: { tags: ['vip'] } });
			expect(patched.json.customFields).not.toHaveProperty('phoneNumber');
			const replaced = await call(api, 'PUT', `/v1/clients/${client.id}`, { body: { givenName: 'New', familyName: 'Name' } });
			expect(replaced.json).toMatchObject({ givenName: 'New', email: client.email, companyIds: [] });
			expect(replaced.json.customFields).toEqual({});
		});

		it('deletes with { id, object, deleted: true }, after which the record is 404', async () => {
			const note = api.store.add('note', { entityType: 'client', entityId: api.demo.clients[0].id, title: 'Doomed' });
			expect((await call(api, 'DELETE', `/v1/notes/${note.id}`)).json).toEqual({ id: note.id, object: 'note', deleted: true });
			expect(await call(api, 'GET', `/v1/notes/${note.id}`)).toMatchObject({ status: 404, json: { message: 'Note not found' } });
		});

		it('creates tasks from a template by name and status, filling in the company of a client of one', async () => {
			const [template] = api.demo.taskTemplates;
			const [owner] = api.demo.internalUsers;
			const fromTemplate = await call(api, 'POST', '/v1/tasks', { body: { templateId: template.id, internalUserId: owner.id } });
			expect(fromTemplate.json).toMatchObject({ name: template.name, status: 'todo', internalUserId: owner.id });
			const [client] = api.demo.clients;
			const forClient = await call(api, 'POST', '/v1/tasks', { body: { name: 'x', status: 'todo', clientId: client.id } });
			expect(forClient.json).toMatchObject({ clientId: client.id, companyId: client.companyId });
		});

		it('lists a channel’s messages newest first, and channels by member', async () => {
			const [channel] = api.demo.messageChannels;
			const sent = await call(api, 'POST', '/v1/messages', { body: { channelId: channel.id, text: 'Newest' } });
			expect((await call(api, 'GET', `/v1/messages?channelId=${channel.id}`)).json.data[0].id).toBe(sent.json.id);
			expect((await call(api, 'POST', '/v1/messages', { body: { channelId: 'nope', text: 'x' } })).status).toBe(400);
			const [ava, liam] = api.demo.clients;
			const group = await call(api, 'POST', '/v1/message-channels', { body: { membershipType: 'group', memberIds: [ava.id, liam.id] } });
			const ofLiam = (await call(api, 'GET', `/v1/message-channels?memberId=${liam.id}`)).json.data.map((channel) => channel.id);
			expect(ofLiam).toEqual([api.demo.messageChannels[1].id, group.json.id]);
		});

		it('hides read notifications unless includeRead=true, and marks them read and unread', async () => {
			const [notification] = api.demo.notifications;
			const read = await call(api, 'POST', `/v1/notifications/${notification.id}/read`, { apiKey: appKey() });
			expect(read.json).toMatchObject({ isRead: true, deliveryTargets: { inProduct: { isRead: true } } });
			const unreadIds = (await call(api, 'GET', '/v1/notifications')).json.data.map((record) => record.id);
			expect(unreadIds).not.toContain(notification.id);
			expect((await call(api, 'GET', '/v1/notifications?includeRead=true')).json.data.map((record) => record.id)).toContain(notification.id);
			expect((await call(api, 'POST', `/v1/notifications/${notification.id}/unread`, { apiKey: appKey() })).json.isRead).toBe(false);
		});

		it('keeps a file’s bytes on a storage host of its own: PUT to the signed uploadUrl, read from the signed downloadUrl', async () => {
			const [channel] = api.demo.fileChannels;
			const created = await call(api, 'POST', '/v1/files/file', { body: { path: 'Onboarding/letter.pdf', channelId: channel.id } });
			expect(created.json).toMatchObject({ object: 'file', name: 'letter.pdf', status: 'pending' });
			expect(String(created.json.uploadUrl)).toMatch(new RegExp(`^${api.storageUrl}/upload/${created.json.id}\\?signature=\\w+$`));
			expect(new URL(api.storageUrl).hostname).not.toBe(new URL(api.url).hostname);
			const content = Buffer.from('%PDF-1.7 engagement letter');
			const upload = await fetch(String(created.json.uploadUrl), { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: content });
			expect([upload.status, await upload.text()]).toEqual([200, '']);
			const stored = api.store.get('file', String(created.json.id))!;
			expect(Buffer.compare(stored.content as unknown as Buffer, content)).toBe(0);
			expect(stored.contentType).toBe('application/pdf');
			const retrieved = await call(api, 'GET', `/v1/files/${created.json.id}`);
			expect(retrieved.json).toMatchObject({ status: 'completed', size: content.length });
			expect(retrieved.json).not.toHaveProperty('content');
			const download = await fetch(String(retrieved.json.downloadUrl));
			expect([download.status, download.headers.get('content-type')]).toEqual([200, 'application/pdf']);
			expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), content)).toBe(0);
			expect((await fetch(String(retrieved.json.downloadUrl).replace(/signature=\w+/, 'signature=forged'))).status).toBe(403);
			expect(api.requests.filter((request) => request.host === 'storage').map((request) => [request.method, request.apiKey])).toEqual([
				['PUT', undefined],
				['GET', undefined],
				['GET', undefined],
			]);
			expect((await call(api, 'POST', '/v1/files/video', { body: { path: 'x', channelId: channel.id } })).status).toBe(400);
			expect((await call(api, 'PUT', '/v1/files/root/permissions/', { body: { clientPermissions: 'read_only' } })).json.message).toBe(
				'channelId is required for the root folder',
			);
		});
	});

	describe('failure injection', () => {
		it('fails the next matching requests before auth, with Copilot’s body for the status or the one given', async () => {
			api.failNext({ status: 503, count: 2, path: '/v1/workspaces' });
			api.failNext({ status: 429, method: 'POST', body: { code: 'custom', message: 'slow down' } });
			expect((await call(api, 'GET', '/v1/companies')).status).toBe(200);
			expect(await call(api, 'GET', '/v1/workspaces', { apiKey: null })).toMatchObject({ status: 503, json: { code: 'internal_error' } });
			expect((await call(api, 'GET', '/v1/workspaces')).status).toBe(503);
			expect((await call(api, 'GET', '/v1/workspaces')).status).toBe(200);
			expect((await call(api, 'POST', '/v1/notes', { body: {} })).json).toEqual({ code: 'custom', message: 'slow down' });
			expect(api.stats()).toEqual({ requests: 5, byStatus: { '200': 2, '503': 2, '429': 1 } });
		});

		it('answers an injected 429 with Copilot’s own body', async () => {
			api.failNext({ status: 429, path: '/v1/forms' });
			expect(await call(api, 'GET', '/v1/forms')).toMatchObject({ status: 429, json: { code: 'rate_limit_exceeded', message: 'Rate limit exceeded.' } });
		});

		it('can carry a write out and then answer 502, as a gateway does after the backend did the work', async () => {
			api.failNext({ status: 502, method: 'POST', path: '/v1/companies', afterWrite: true });
			expect((await call(api, 'POST', '/v1/companies', { body: { name: 'Done Anyway Ltd' } })).status).toBe(502);
			expect(api.store.list('company').filter((company) => company.name === 'Done Anyway Ltd')).toHaveLength(1);
		});

		it('can answer late, or cut the connection after the write without answering', async () => {
			api.failNext({ path: '/v1/workspaces', delayMs: 300 });
			const started = Date.now();
			expect((await call(api, 'GET', '/v1/workspaces')).status).toBe(200);
			expect(Date.now() - started).toBeGreaterThanOrEqual(290);
			api.failNext({ method: 'POST', path: '/v1/companies', afterWrite: true, hangUp: true });
			await expect(call(api, 'POST', '/v1/companies', { body: { name: 'Hung Up Ltd' } })).rejects.toThrow();
			expect(api.store.list('company').filter((company) => company.name === 'Hung Up Ltd')).toHaveLength(1);
			expect(api.requests[api.requests.length - 1]).toMatchObject({ status: 0, hungUp: true });
		});

		it('can hand a list page back the token it was asked with, so that the list never ends', async () => {
			api.seedClients(150);
			const first = await call(api, 'GET', '/v1/clients?limit=100');
			api.failNext({ path: '/v1/clients', repeatToken: true });
			const second = await call(api, 'GET', `/v1/clients?limit=100&nextToken=${first.json.nextToken}`);
			expect(second.json.nextToken).toBe(first.json.nextToken);
		});

		it('refuses a failure it cannot carry out', () => {
			expect(() => api.failNext({})).toThrow('failNext needs a status, hangUp, repeatToken, delayMs, headers or together');
			expect(() => api.failNext({ status: 502, hangUp: true })).toThrow('not both');
		});
	});

	describe('request bodies, checked against the shape of each operation', () => {
		it.each([
			['a wrong type', '/v1/notes', { entityType: 'client', entityId: 'x', title: 5 }, 'title must be a string'],
			['a value outside the allowed ones', '/v1/notes', { entityType: 'person', entityId: 'x', title: 'T' }, 'entityType must be one of client, company'],
			['a blank required field', '/v1/messages', { channelId: 'c', text: '  ' }, 'text is required'],
			['an object where an array belongs', '/v1/form-responses', { formId: 'f', clientCompanyIds: { clientId: 'a' } }, 'clientCompanyIds must be an array'],
			['a nested required field', '/v1/form-responses', { formId: 'f', clientCompanyIds: [{ clientId: 'a', companyId: '' }] }, 'clientCompanyIds[0].companyId is required'],
			[
				'a nested boolean that is not one',
				'/v1/invoices',
				{ daysUntilDue: 3, paymentMethodPreferences: [{ type: 'creditCard', feePaidByClient: 'yes' }], lineItems: [{ amount: 1, quantity: 1 }] },
				'paymentMethodPreferences[0].feePaidByClient must be true or false',
			],
			['viewers as an object, as the SDK types an update', '/v1/tasks', { name: 'T', status: 'todo', viewers: { companyId: 'c' } }, 'viewers must be an array'],
			['two viewers', '/v1/tasks', { name: 'T', status: 'todo', viewers: [{ companyId: 'a' }, { companyId: 'b' }] }, 'viewers must have at most 1 item'],
			['a viewer without its company', '/v1/tasks', { name: 'T', status: 'todo', viewers: [{ clientId: 'a' }] }, 'viewers[0].companyId is required'],
			['custom fields as text', '/v1/companies', { name: 'Text Fields Ltd', customFields: '{"a":1}' }, 'customFields must be an object'],
		])('refuses %s with 400 naming the field', async (_case, path, body, message) => {
			expect((await call(api, 'POST', path, { body })).json).toEqual({ code: 'parameter_invalid', message });
		});
	});
});

describe('what the fake refuses beyond Copilot’s SDK (RULES.md)', () => {
	let api: FakeCopilotApi;
	const source = () =>
		[
			...readdirSync(join(__dirname, 'fake-copilot-api')).filter((file) => file.endsWith('.js')),
			...readdirSync(join(__dirname, 'fake-copilot-api', 'routes')).map((file) => `routes/${file}`),
		]
			.map((file) => readFileSync(join(__dirname, 'fake-copilot-api', file), 'utf8'))
			.join('\n');

	beforeAll(async () => {
		api = await startFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false });
	});

	afterAll(async () => {
		await api.stop();
	});

	it('keeps RULES.md as server-rules.js renders it, every rule and behaviour with a source, each in the code', () => {
		expect(readFileSync(RULES_FILE, 'utf8')).toBe(renderRulesTable());
		const code = source();
		for (const [id, rule] of Object.entries(RULES as Record<string, { source: string }>)) {
			expect(rule.source.length).toBeGreaterThan(20);
			expect({ id, enforced: new RegExp(`enforce\\(\\s*'${id}'`).test(code) }).toEqual({ id, enforced: true });
		}
		for (const [id, entry] of Object.entries(BEHAVIOURS)) {
			expect(entry.source.length).toBeGreaterThan(20);
			expect({ id, marked: new RegExp(`behaviour\\(\\s*'${id}'`).test(code) }).toEqual({ id, marked: true });
		}
	});

	const uuid = '00000000-0000-4000-8000-0000000000aa';
	const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();
	const EXAMPLES: Array<[string, (demo: FakeCopilotApi['demo']) => [string, string, IDataObject], string]> = [
		['task-name-or-template', (d) => ['POST', '/v1/tasks', { status: 'todo', internalUserId: d.internalUsers[0].id }], 'Name is required when templateId is not provided'],
		['task-status-or-template', (d) => ['POST', '/v1/tasks', { name: 'T', internalUserId: d.internalUsers[0].id }], 'Status is required and must be valid when templateId is not provided'],
		['task-assignee', () => ['POST', '/v1/tasks', { name: 'T', status: 'todo' }], 'At least one of internalUserId, clientId, or companyId is required'],
		[
			'task-assignee-exclusive',
			(d) => ['POST', '/v1/tasks', { name: 'T', status: 'todo', internalUserId: d.internalUsers[0].id, companyId: d.companies[0].id }],
			'internalUserId cannot be combined with clientId or companyId',
		],
		['task-client-company', (d) => ['POST', '/v1/tasks', { name: 'T', status: 'todo', clientId: d.clients[7].id }], 'companyId must be provided for clients with more than one company'],
		['task-update-client-company', (d) => ['PATCH', `/v1/tasks/${d.tasks[0].id}`, { clientId: d.clients[0].id }], 'companyId is required when clientId is provided'],
		[
			'task-viewers-internal-user',
			(d) => ['POST', '/v1/tasks', { name: 'T', status: 'todo', companyId: d.companies[0].id, viewers: [{ companyId: d.companies[1].id }] }],
			'Task cannot be created with viewers if its not assigned to an IU.',
		],
		[
			'task-viewer-company',
			(d) => [
				'POST',
				'/v1/tasks',
				{ name: 'T', status: 'todo', internalUserId: d.internalUsers[0].id, viewers: [{ clientId: d.clients[0].id, companyId: d.companies[1].id }] },
			],
			'Invalid companyId for the provided viewer.',
		],
		['task-ids-uuid', () => ['POST', '/v1/tasks', { name: 'T', status: 'todo', companyId: 'not-a-uuid' }], 'companyId must be a valid UUID'],
		['task-name-length', () => ['POST', '/v1/tasks', { name: 'x'.repeat(256), status: 'todo', companyId: uuid }], 'name must be at most 255 characters'],
		['task-due-date', (d) => ['POST', '/v1/tasks', { name: 'T', status: 'todo', internalUserId: d.internalUsers[0].id, dueDate: yesterday() }], 'Due date cannot be in the past'],
		['channel-members', () => ['POST', '/v1/message-channels', { membershipType: 'individual' }], 'clientId is required for individual channels'],
		['client-company-required', (d) => ['POST', '/v1/channels/files', { membershipType: 'individual', clientId: d.clients[7].id }], 'companyId is required for a client of more than one company'],
		[
			'billing-days-until-due',
			() => ['POST', '/v1/invoices', { daysUntilDue: 31, paymentMethodPreferences: [{ type: 'creditCard', feePaidByClient: true }], lineItems: [{ amount: 1, quantity: 1 }] }],
			'daysUntilDue must be a whole number from 1 to 30',
		],
		[
			'billing-line-items',
			() => ['POST', '/v1/invoices', { daysUntilDue: 3, paymentMethodPreferences: [{ type: 'creditCard', feePaidByClient: true }] }],
			'lineItems is required without a templateId',
		],
		['notification-recipient', (d) => ['POST', '/v1/notifications', { senderId: d.internalUsers[0].id }], 'recipientClientId or recipientInternalUserId is required'],
		['link-url', (d) => ['POST', '/v1/files/link', { path: 'Site', channelId: d.fileChannels[0].id }], 'linkUrl is required for links'],
		['root-permissions-channel', () => ['PUT', '/v1/files/root/permissions/', { clientPermissions: 'read_only' }], 'channelId is required for the root folder'],
		['client-email-unique', (d) => ['POST', '/v1/clients', { givenName: 'A', familyName: 'B', email: d.clients[0].email }], 'A client with email ava.thompson@example.com already exists'],
		[
			'app-connection-manual-install',
			(d) => ['POST', `/v1/installs/${d.appInstalls[1].id}/connections`, { type: 'link', content: 'https://example.com', companyId: d.companies[0].id }],
			'App connections can only be created for a manual app install',
		],
		[
			'app-connection-members',
			(d) => ['POST', `/v1/installs/${d.appInstalls[0].id}/connections`, { type: 'embed', content: 'https://example.com' }],
			'One of companyId or clientIds must be non-null',
		],
		['company-name-unique', (d) => ['POST', '/v1/companies', { name: d.companies[0].name }], 'A company named Northwind Traders already exists'],
		['unknown-fields', (d) => ['PATCH', `/v1/clients/${d.clients[0].id}`, { givenName: 'Ava', email: 'new@example.com' }], 'email is not a field of this request'],
		[
			'task-delete-subtasks',
			(d) => {
				const parent = d.tasks[0];
				api.store.add('task', { name: 'Sub', status: 'todo', parentTaskId: parent.id });
				return ['DELETE', `/v1/tasks/${parent.id}`, undefined as unknown as IDataObject];
			},
			'Cannot delete task with subtasks. Use recursive delete instead.',
		],
		[
			'notification-get-read',
			(d) => {
				const read = api.store.add('notification', { senderId: d.internalUsers[0].id, recipientClientId: d.clients[0].id, isRead: true });
				return ['GET', `/v1/notifications/${read.id}`, undefined as unknown as IDataObject];
			},
			'Notification not found',
		],
		['task-comments-task-exists', () => ['GET', `/v1/comments?taskId=${uuid}`, undefined as unknown as IDataObject], 'A task for the requested comment was not found'],
		['folder-exists', (d) => ['POST', '/v1/files/folder', { path: 'Shared documents', channelId: d.fileChannels[0].id }], 'Folder already exists'],
		[
			'file-folders-exist',
			(d) => ['POST', '/v1/files/file', { path: 'Onboarding/Missing/letter.pdf', channelId: d.fileChannels[0].id }],
			'Folder Onboarding/Missing does not exist: create each folder of the path first',
		],
		[
			'custom-app-only',
			(d) => ['POST', `/v1/notifications/${d.notifications[0].id}/read`, {}],
			'Only custom apps can create, delete or mark notifications: use the key of a custom app of this workspace',
		],
	];

	it('tries every rule over HTTP', () => {
		expect(EXAMPLES.map(([id]) => id).sort()).toEqual(Object.keys(RULES).sort());
	});

	// Asked with a custom app's key, which may do what a workspace key may and more; the rule about
	// what only a custom app may do, with the workspace key.
	it.each(EXAMPLES)('%s: refused with Copilot’s status, code and message', async (id, example, message) => {
		const [method, path, body] = example(api.demo);
		const { status = 400, code = status === 400 ? 'parameter_invalid' : undefined } = RULES[id] as { status?: number; code?: string };
		const apiKey = id === 'custom-app-only' ? API_KEY : `${api.workspaceId}/${api.appApiKey}`;
		// Without a code, the tasks server's own body: { error }.
		const json = code === undefined ? { error: message } : { code, message };
		expect(await call(api, method, path, { body, apiKey })).toEqual(expect.objectContaining({ status, json }));
	});

	it('refuses an unknown field at any depth, and takes any key of custom fields', async () => {
		const [channel] = api.demo.messageChannels;
		expect((await call(api, 'POST', '/v1/form-responses', { body: { formId: 'f', clientCompanyIds: [{ clientId: 'a', companyId: 'b', role: 'x' }] } })).json).toEqual({
			code: 'parameter_invalid',
			message: 'clientCompanyIds[0].role is not a field of this request',
		});
		expect((await call(api, 'POST', '/v1/messages', { body: { channelId: channel.id, text: 'Hi', attachments: [] } })).status).toBe(400);
		expect((await call(api, 'POST', '/v1/companies', { body: { name: 'Any Keys Ltd', customFields: { anything: 'goes' } } })).status).toBe(200);
	});

	describe('what it does, each as its source says (BEHAVIOURS)', () => {
		const BEHAVIOUR_EXAMPLES: Record<string, () => Promise<void>> = {
			'patch-changes-given-fields': async () => {
				const client = api.store.add('client', { givenName: 'Pat', familyName: 'Ch', email: 'patch@example.com', customFields: { phoneNumber: '1', tags: ['a'] } });
				const patched = await call(api, 'PATCH', `/v1/clients/${client.id}`, { body: { customFields: { phoneNumber: '2' } } });
				expect(patched.json).toMatchObject({ givenName: 'Pat', familyName: 'Ch', customFields: { phoneNumber: '2', tags: ['a'] } });
			},
			'multi-select-replaced-whole': async () => {
				const client = api.store.add('client', { givenName: 'Mul', familyName: 'Ti', email: 'multi@example.com', customFields: { phoneNumber: '1', tags: ['a', 'b'] } });
				const tagged = await call(api, 'PATCH', `/v1/clients/${client.id}`, { body: { customFields: { tags: ['c'] } } });
				expect(tagged.json.customFields).toEqual({ phoneNumber: '1', tags: ['c'] });
				const cleared = await call(api, 'PATCH', `/v1/clients/${client.id}`, { body: { customFields: { tags: [], phoneNumber: '' } } });
				expect(cleared.json.customFields).toEqual({});
			},
			'put-clears-unspecified': async () => {
				const [company] = api.demo.companies;
				const client = api.store.add('client', {
					givenName: 'Old',
					familyName: 'Name',
					email: 'put@example.com',
					companyId: company.id,
					companyIds: [company.id],
					customFields: { phoneNumber: '1', tags: ['a'] },
				});
				const replaced = await call(api, 'PUT', `/v1/clients/${client.id}`, { body: { givenName: 'New', familyName: 'Name' } });
				expect(replaced.json).toMatchObject({ givenName: 'New', email: client.email, companyIds: [] });
				expect(replaced.json.customFields).toEqual({});
			},
			'company-id-replaces': async () => {
				const twoCompanies = api.demo.clients[7];
				const [, second] = twoCompanies.companyIds as string[];
				const moved = await call(api, 'PATCH', `/v1/clients/${twoCompanies.id}`, { body: { companyId: second } });
				expect(moved.json).toMatchObject({ companyId: second, companyIds: [second] });
			},
			'placeholder-company': async () => {
				const created = await call(api, 'POST', '/v1/clients', { body: { givenName: 'Place', familyName: 'Holder', email: 'placeholder@example.com' } });
				expect(api.store.get('company', String(created.json.companyId))).toMatchObject({ isPlaceholder: true });
			},
			'exact-filters': async () => {
				const [ava] = api.demo.clients;
				expect((await call(api, 'GET', `/v1/clients?email=${String(ava.email).toUpperCase()}`)).json.data).toEqual([]);
				expect((await call(api, 'GET', `/v1/clients?givenName=${ava.givenName}`)).json.data.map((client) => client.id)).toContain(ava.id);
			},
			'task-template-join': async () => {
				const [template] = api.demo.taskTemplates;
				const [ava] = api.demo.clients;
				const assignee = { clientId: ava.id, companyId: ava.companyId };
				const joined = await call(api, 'POST', '/v1/tasks', { body: { templateId: template.id, name: 'Ava:', ...assignee } });
				expect(joined.json.name).toBe(`Ava: ${template.name}`);
				const same = await call(api, 'POST', '/v1/tasks', { body: { templateId: template.id, name: template.name, ...assignee } });
				expect(same.json.name).toBe(template.name);
			},
			'task-delete-answer': async () => {
				const [ava] = api.demo.clients;
				const task = api.store.add('task', { name: 'Gone soon', status: 'todo', clientId: ava.id, companyId: ava.companyId });
				const deleted = await call(api, 'DELETE', `/v1/tasks/${task.id}`);
				expect(deleted.json).toMatchObject({ id: task.id, name: 'Gone soon', isDeleted: true });
				expect(api.store.get('task', task.id)).toBeUndefined();
			},
			'task-comment-get-wrapped': async () => {
				const [comment] = api.demo.taskComments;
				expect((await call(api, 'GET', `/v1/comments/${comment.id}`)).json).toEqual({ data: comment });
				expect(await call(api, 'GET', '/v1/comments/00000000-0000-4000-8000-000000000000')).toMatchObject({
					status: 404,
					json: { error: 'The requested comment was not found' },
				});
			},
			'notifications-paged': async () => {
				const [ava] = api.demo.clients;
				const sender = api.demo.internalUsers[0].id;
				for (let index = 0; index < 3; index++) api.store.add('notification', { senderId: sender, recipientClientId: ava.id, recipientCompanyId: ava.companyId, isRead: false });
				const first = await call(api, 'GET', `/v1/notifications?recipientCompanyId=${ava.companyId}&limit=2`);
				expect(first.json.data).toHaveLength(2);
				const second = await call(api, 'GET', `/v1/notifications?recipientCompanyId=${ava.companyId}&limit=2&nextToken=${first.json.nextToken}`);
				expect(second.json.data.length).toBeGreaterThanOrEqual(1);
				expect([...first.json.data, ...second.json.data].every((notification) => notification.recipientCompanyId === ava.companyId)).toBe(true);
			},
		};

		it('tries every behaviour over HTTP', () => {
			expect(Object.keys(BEHAVIOUR_EXAMPLES).sort()).toEqual(Object.keys(BEHAVIOURS).sort());
		});

		it.each(Object.keys(BEHAVIOUR_EXAMPLES))('%s', async (id) => {
			await BEHAVIOUR_EXAMPLES[id]();
		});
	});
});

describe('the fake’s rate limit', () => {
	it('is a token bucket: a burst at once, then refilled continuously', () => {
		let now = 0;
		const bucket = createTokenBucket({ perSecond: 20, burst: 20 }, () => now);
		expect(Array.from({ length: 21 }, () => bucket.take())).toEqual([...Array(20).fill(true), false]);
		now += 49;
		expect(bucket.take()).toBe(false);
		now += 1;
		expect([bucket.take(), bucket.take()]).toEqual([true, false]);
		now += 10_000;
		expect(Array.from({ length: 21 }, () => bucket.take()).filter(Boolean)).toHaveLength(20);
	});

	it('answers 429 with Copilot’s body before checking the key once the bucket is empty, and serves again after a refill', async () => {
		// On a clock of the test's own: however slowly this machine sends, no token comes back meanwhile.
		let now = 0;
		const api = await startFakeCopilotApi({ apiKey: API_KEY, rateLimit: { perSecond: 50, burst: 3, now: () => now } });
		try {
			const statuses = [];
			for (let index = 0; index < 4; index++) statuses.push((await call(api, 'GET', '/v1/workspaces')).status);
			expect(statuses).toEqual([200, 200, 200, 429]);
			const refused = await call(api, 'GET', '/v1/workspaces', { apiKey: null });
			expect(refused).toMatchObject({ status: 429, json: { code: 'rate_limit_exceeded', message: 'Rate limit exceeded.' } });
			expect(refused.headers.get('retry-after')).toBeNull();
			now += 20; // one token at 50 a second
			expect((await call(api, 'GET', '/v1/workspaces')).json).toMatchObject({ object: 'workspace' });
			expect((await call(api, 'GET', '/v1/workspaces')).status).toBe(429);
			api.refillRateLimit();
			for (let index = 0; index < 3; index++) expect((await call(api, 'GET', '/v1/workspaces')).status).toBe(200);
		} finally {
			await api.stop();
		}
	}, 20_000);
});

describe('stopping the fake', () => {
	// Without closing its connections, server.close() would wait for these for ever (the held answer)
	// or until the keep-alive timeout (the idle one): the test then fails by its own timeout.
	it('resolves with an idle keep-alive connection and an unanswered request open', async () => {
		const api = await startFakeCopilotApi();
		const agent = new Agent({ keepAlive: true });
		const get = () =>
			new Promise<void>((resolve) => {
				const request = httpRequest(`${api.url}/v1/workspaces`, { agent, headers: { 'x-api-key': 'test-api-key' } }, (response) => {
					response.resume();
					response.on('end', resolve);
				});
				request.on('error', () => resolve());
				request.on('close', () => resolve());
				request.end();
			});
		await get();
		api.failNext({ method: 'GET', path: '/v1/workspaces', together: true, count: 2 });
		const held = get();
		await api.waitForRequests((request) => request.path === '/v1/workspaces');
		await api.stop();
		await held;
		agent.destroy();
	}, 15_000);
});
