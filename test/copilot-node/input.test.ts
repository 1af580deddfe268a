import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { startFakeCopilotApi, type FakeCopilotApi } from '../fake-copilot-api';
import { runCopilotNode } from '../helpers/copilotNode';

const API_KEY = 'input-test-key';

/** What the node refuses before asking Copilot, and what it makes of what it is given. */
describe('the Copilot node’s parameters', () => {
	let fake: FakeCopilotApi;
	const run = (parameters: INodeParameters, inputItems?: Parameters<typeof runCopilotNode>[0]['inputItems']) =>
		runCopilotNode({ parameters, credentials: { apiKey: API_KEY, baseUrl: fake.url }, inputItems });
	const lastBody = () => fake.requests[fake.requests.length - 1].body as IDataObject;

	beforeAll(async () => {
		fake = await startFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false });
	});

	afterAll(async () => {
		await fake.stop();
	});

	beforeEach(() => fake.clearRequests());

	it.each([
		['an empty ID', { resource: 'client', operation: 'get', clientId: { __rl: true, mode: 'id', value: ' ' } }, 'The parameter "clientId" is empty'],
		['an update without fields', { resource: 'client', operation: 'update', clientId: 'x', updateFields: {} }, 'Nothing to update'],
		['a company update without fields', { resource: 'company', operation: 'update', companyId: 'x', updateFields: {} }, 'Nothing to update'],
		['a task update without fields', { resource: 'task', operation: 'update', taskId: 'x', updateFields: {} }, 'Nothing to update'],
		['a note update without fields', { resource: 'note', operation: 'update', noteId: 'x', updateFields: {} }, 'Nothing to update'],
		[
			'custom fields that are not a JSON object',
			{ resource: 'client', operation: 'create', givenName: 'a', familyName: 'b', email: 'c@d.e', additionalFields: { customFields: '["tags"]' } },
			'Custom Fields (JSON) must be a JSON object',
		],
		[
			'custom fields that are not JSON',
			{ resource: 'company', operation: 'create', name: 'X', additionalFields: { customFields: '{tags:' } },
			'Custom Fields (JSON) must be a JSON object',
		],
		['a task with neither name nor template', { resource: 'task', operation: 'create', name: '', additionalFields: {} }, 'A task needs a Name'],
		[
			'an invoice without payment methods',
			{ resource: 'invoice', operation: 'create', daysUntilDue: 5, paymentMethods: {}, lineItems: {}, additionalFields: {} },
			'Add at least one payment method',
		],
		[
			'an invoice without line items or template',
			{
				resource: 'invoice',
				operation: 'create',
				daysUntilDue: 5,
				paymentMethods: { methods: [{ type: 'creditCard', feePaidByClient: false }] },
				lineItems: {},
				additionalFields: {},
			},
			'Add at least one line item',
		],
		[
			'a notification without recipient',
			{ resource: 'notification', operation: 'create', senderId: 's', title: 't', additionalFields: {} },
			'Choose who is notified',
		],
		['a form request without recipients', { resource: 'formResponse', operation: 'request', formId: 'f', recipients: {} }, 'Add at least one recipient'],
		[
			'root folder permissions without a channel',
			{ resource: 'file', operation: 'updatePermissions', folderId: 'root', clientPermissions: 'read_only', channelId: '' },
			'The root folder needs a File Channel ID',
		],
		['permissions without a folder', { resource: 'file', operation: 'updatePermissions', folderId: '', channelId: '' }, 'give the folder ID'],
		[
			'contract variables that are not JSON',
			{ resource: 'contract', operation: 'send', contractTemplateId: 't', clientId: 'c', additionalFields: { variableValues: 'fee=1' } },
			'Variable Values (JSON) must be a JSON object',
		],
		['an operation the node does not have', { resource: 'client', operation: 'archive' }, 'The operation "archive" of "client" is not supported'],
	])('refuses %s with a clear message and asks Copilot nothing', async (_case, parameters, message) => {
		await expect(run(parameters as INodeParameters)).rejects.toThrow(message);
		expect(fake.requests).toEqual([]);
	});

	it('merges Custom Fields (JSON) with the picked custom-field values, the picked ones winning', async () => {
		const [client] = fake.demo.clients;
		await run({
			resource: 'client',
			operation: 'update',
			clientId: client.id,
			updateFields: {
				customFields: '{"phoneNumber": "+1 555 0199", "tags": ["new"]}',
				customFieldValues: { values: [{ key: 'tags', value: ['vip', 'at-risk'] }, { key: '', value: 'ignored' }] },
			},
		});
		expect(lastBody()).toEqual({ customFields: { phoneNumber: '+1 555 0199', tags: ['vip', 'at-risk'] } });
		expect(fake.store.get('client', client.id)!.customFields).toMatchObject({ tags: ['vip', 'at-risk'] });
	});

	it('a client update with only Send Invite is sent: the invite is a change of its own', async () => {
		const [client] = fake.demo.clients;
		await run({ resource: 'client', operation: 'update', clientId: client.id, updateFields: { sendInvite: true } });
		const [request] = fake.requests;
		// n8n's HTTP helper sends an empty body as none at all.
		expect({ method: request.method, query: request.query, body: request.body }).toEqual({
			method: 'PATCH',
			query: { sendInvite: 'true' },
			body: undefined,
		});
	});

	it('sends dates as RFC 3339 in UTC and one task viewer as Copilot expects it', async () => {
		const [user] = fake.demo.internalUsers;
		const [client] = fake.demo.clients;
		await run({
			resource: 'task',
			operation: 'create',
			name: 'Review',
			additionalFields: {
				internalUserId: user.id,
				dueDate: '2026-12-01T09:30:00+01:00',
				viewerClientId: client.id,
				viewerCompanyId: client.companyId,
			},
		});
		expect(lastBody()).toEqual({
			name: 'Review',
			internalUserId: user.id,
			dueDate: '2026-12-01T08:30:00.000Z',
			viewers: [{ clientId: client.id, companyId: client.companyId }],
		});
		await run({ resource: 'task', operation: 'update', taskId: fake.demo.tasks[0].id, updateFields: { viewerCompanyId: client.companyId, isArchived: true } });
		expect(lastBody()).toEqual({ isArchived: true, viewers: { companyId: client.companyId } });
	});

	it('creates a task from a template with no name of its own', async () => {
		const [template] = fake.demo.taskTemplates;
		const [task] = await run({ resource: 'task', operation: 'create', name: '', additionalFields: { templateId: template.id } });
		expect(lastBody()).toEqual({ templateId: template.id });
		expect(task.json.name).toBe(template.name);
	});

	it('uploads a file’s content to the URL Copilot answers with, without the API key', async () => {
		const channel = fake.demo.fileChannels[0];
		const content = Buffer.from('%PDF-1.7 engagement letter');
		const [file] = await run(
			{ resource: 'file', operation: 'create', fileType: 'file', channelId: channel.id, path: 'Onboarding/letter.pdf', binaryPropertyName: 'document' },
			[{ json: {}, binary: { document: { data: content.toString('base64'), mimeType: 'application/pdf', fileName: 'letter.pdf' } } }],
		);
		const upload = fake.requests.find((request) => request.path.startsWith('/upload/'))!;
		expect(upload).toMatchObject({ method: 'PUT', path: `/upload/${String(file.json.id)}`, apiKey: undefined, status: 200 });
		const stored = fake.store.get('upload', String(file.json.id))!;
		expect(Buffer.compare(stored.content as unknown as Buffer, content)).toBe(0);
		expect(stored.contentType).toBe('application/pdf');
		expect(fake.store.get('file', String(file.json.id))!.status).toBe('completed');
		expect(file.json.uploadUrl).toBeUndefined();
	});

	it('creates a file entry only when no binary field is named; a missing binary field creates nothing', async () => {
		const channel = fake.demo.fileChannels[0];
		const parameters = { resource: 'file', operation: 'create', fileType: 'file', channelId: channel.id, path: 'later.txt' };
		const [file] = await run({ ...parameters, binaryPropertyName: '' });
		expect(file.json.status).toBe('pending');
		expect(file.json.uploadUrl).toMatch(/\/upload\//);
		expect(fake.requests.some((request) => request.path.startsWith('/upload/'))).toBe(false);
		fake.clearRequests();
		await expect(run({ ...parameters, path: 'missing.txt', binaryPropertyName: 'data' })).rejects.toThrow(/data/);
		expect(fake.requests).toEqual([]);
	});

	it('creates a link with its URL', async () => {
		const channel = fake.demo.fileChannels[1];
		const [link] = await run({ resource: 'file', operation: 'create', fileType: 'link', channelId: channel.id, path: 'Portal guide', linkUrl: 'https://example.com/guide' });
		expect(lastBody()).toEqual({ channelId: channel.id, path: 'Portal guide', linkUrl: 'https://example.com/guide' });
		expect(link.json.object).toBe('link');
	});
});
