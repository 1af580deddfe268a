import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { FakeCopilotApi } from '../fake-copilot-api';
import { runCopilotNode } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';

const API_KEY = 'input-test-key';
const U1 = '00000000-0000-4000-8000-000000000001';
const U2 = '00000000-0000-4000-8000-000000000002';

/** What the node refuses before asking Copilot, and what it makes of what it is given. */
describe('the Copilot node’s parameters', () => {
	let fake: FakeCopilotApi;
	const run = (parameters: INodeParameters, inputItems?: Parameters<typeof runCopilotNode>[0]['inputItems']) =>
		runCopilotNode({ parameters, credentials: { apiKey: API_KEY, baseUrl: fake.url }, inputItems });
	const lastBody = () => fake.requests[fake.requests.length - 1].body as IDataObject;

	withFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false }, (started) => (fake = started), { forgetBetweenTests: false });

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
		['a task without an assignee', { resource: 'task', operation: 'create', name: 'Orphan', additionalFields: {} }, 'A task needs an assignee'],
		[
			'a task from a template without an assignee',
			{ resource: 'task', operation: 'create', name: '', additionalFields: { templateId: U1 } },
			'A task needs an assignee',
		],
		[
			'a task for an internal user and a client at once',
			{ resource: 'task', operation: 'create', name: 'Both', additionalFields: { internalUserId: U1, clientId: U2, companyId: U1 } },
			'Assign the task to an internal user, or to a client or company, not both',
		],
		[
			'a viewer client without the viewer’s company',
			{ resource: 'task', operation: 'create', name: 'Seen', additionalFields: { internalUserId: U1, viewerClientId: U2 } },
			'Add Viewer Company ID with Viewer Client ID',
		],
		[
			'a viewer on a task that is not an internal user’s',
			{ resource: 'task', operation: 'create', name: 'Seen', additionalFields: { companyId: U1, viewerCompanyId: U2 } },
			'Only a task assigned to an internal user can have a viewer',
		],
		[
			'a task update naming a client without its company',
			{ resource: 'task', operation: 'update', taskId: 'x', updateFields: { clientId: U2 } },
			'Add Company ID with Client ID',
		],
		[
			'a form request with a recipient without a company',
			{
				resource: 'formResponse',
				operation: 'request',
				formId: 'f',
				recipients: { recipient: [{ clientId: 'a', companyId: 'b' }, { clientId: 'c', companyId: ' ' }] },
			},
			'Recipient 2 needs both a Client ID and a Company ID',
		],
		[
			'a form request with a recipient without a client',
			{ resource: 'formResponse', operation: 'request', formId: 'f', recipients: { recipient: [{ clientId: '', companyId: 'b' }] } },
			'Recipient 1 needs both a Client ID and a Company ID',
		],
		...['messageChannel', 'fileChannel'].flatMap((resource) => [
			[
				`a ${resource} of one client without the client`,
				{ resource, operation: 'create', membershipType: 'individual', additionalFields: { companyId: 'c' } },
				'A channel of membership type "individual" needs Client ID',
			],
			[
				`a ${resource} of a company without the company`,
				{ resource, operation: 'create', membershipType: 'company', additionalFields: {} },
				'A channel of membership type "company" needs Company ID',
			],
			[
				`a ${resource} of a group without members`,
				{ resource, operation: 'create', membershipType: 'group', additionalFields: { memberIds: ' , ' } },
				'A channel of membership type "group" needs Member IDs',
			],
		]),
		[
			'email fields on an in-product notification',
			{ resource: 'notification', operation: 'create', senderId: 's', title: 't', additionalFields: { recipientClientId: 'c', emailSubject: 'Hi' } },
			'Email fields are set, but Delivery is In Product',
		],
		[
			'notification-center fields on an email notification',
			{
				resource: 'notification',
				operation: 'create',
				senderId: 's',
				delivery: 'email',
				additionalFields: { recipientClientId: 'c', emailSubject: 'Hi', body: 'x' },
			},
			'Body and CTA Parameters are for the notification center, but Delivery is Email',
		],
		[
			'an email notification with neither subject nor body',
			{ resource: 'notification', operation: 'create', senderId: 's', delivery: 'email', additionalFields: { recipientClientId: 'c', emailHeader: 'Hi' } },
			'An email notification needs at least an Email Subject or an Email Body',
		],
		[
			'an in-product notification without a title',
			{
				resource: 'notification',
				operation: 'create',
				senderId: 's',
				delivery: 'both',
				title: ' ',
				additionalFields: { recipientClientId: 'c', emailBody: 'Hi' },
			},
			'A notification in the notification center needs a Title',
		],
		...[0, -5, 2.5, '"ten"'].map((limit) => [
			`a Limit of ${limit} from an expression`,
			{ resource: 'client', operation: 'getAll', returnAll: false, limit: `={{ ${limit} }}` },
			`Limit must be a whole number of at least 1, not ${limit}`,
		]),
	] as Array<[string, IDataObject, string]>)('refuses %s with a clear message and asks Copilot nothing', async (_case, parameters, message) => {
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

	it('sends the due date as the date it names at 00:00 UTC, Status To Do unless set, and one viewer as an array naming its company', async () => {
		const [user] = fake.demo.internalUsers;
		const [client] = fake.demo.clients;
		const nextYear = new Date().getUTCFullYear() + 1;
		await run({
			resource: 'task',
			operation: 'create',
			name: 'Review',
			additionalFields: {
				internalUserId: user.id,
				dueDate: `${nextYear}-12-01T09:30:00+01:00`,
				viewerClientId: client.id,
				viewerCompanyId: client.companyId,
			},
		});
		expect(lastBody()).toEqual({
			name: 'Review',
			status: 'todo',
			internalUserId: user.id,
			dueDate: `${nextYear}-12-01T00:00:00Z`,
			viewers: [{ clientId: client.id, companyId: client.companyId }],
		});
		await run({ resource: 'task', operation: 'update', taskId: fake.demo.tasks[0].id, updateFields: { viewerCompanyId: client.companyId, isArchived: true } });
		expect(lastBody()).toEqual({ isArchived: true, viewers: [{ companyId: client.companyId }] });
	});

	it('creates a task from a template with no name or status of its own', async () => {
		const [template] = fake.demo.taskTemplates;
		const [user] = fake.demo.internalUsers;
		const [task] = await run({ resource: 'task', operation: 'create', name: '', additionalFields: { templateId: template.id, internalUserId: user.id } });
		expect(lastBody()).toEqual({ templateId: template.id, internalUserId: user.id });
		expect(task.json).toMatchObject({ name: template.name, status: 'todo' });
	});

	it('leaves a client’s company to Copilot on a task create: it fills in the only one, and refuses for a client of two', async () => {
		const [single] = fake.demo.clients;
		const [task] = await run({ resource: 'task', operation: 'create', name: 'One company', additionalFields: { clientId: single.id } });
		expect(lastBody()).toEqual({ name: 'One company', status: 'todo', clientId: single.id });
		expect(task.json.companyId).toBe(single.companyId);
		const twoCompanies = fake.demo.clients[7];
		await expect(run({ resource: 'task', operation: 'create', name: 'Two companies', additionalFields: { clientId: twoCompanies.id } })).rejects.toThrow(
			'companyId must be provided for clients with more than one company',
		);
	});

	it('refuses a due date before today as Copilot does, with Copilot’s message', async () => {
		const [user] = fake.demo.internalUsers;
		await expect(
			run({ resource: 'task', operation: 'create', name: 'Late', additionalFields: { internalUserId: user.id, dueDate: '2020-01-01T00:00:00Z' } }),
		).rejects.toThrow('Due date cannot be in the past');
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
		expect(stored).toMatchObject({ contentLength: String(content.length), chunked: false });
	});

	describe('a file n8n keeps outside memory (its filesystem or S3 binary mode)', () => {
		const folder = mkdtempSync(join(tmpdir(), 'copilot-upload-'));
		const path = join(folder, 'scan.bin');
		const bytes = randomBytes(3 * 1024 * 1024);
		const opened: string[] = [];
		beforeAll(() => {
			writeFileSync(path, bytes);
			// n8n's own storage of binary data, given a file on disk; it refuses to load one whole.
			Container.get(BinaryDataService).setManager('filesystem-v2', {
				getAsStream: async (fileId: string) => {
					opened.push(fileId);
					return createReadStream(path);
				},
				getMetadata: async () => ({ fileName: 'scan.bin', mimeType: 'application/octet-stream', fileSize: bytes.length }),
				getAsBuffer: async () => {
					throw new Error('the node asked for the whole file in memory');
				},
			} as unknown as Parameters<BinaryDataService['setManager']>[1]);
		});
		afterAll(() => rmSync(folder, { recursive: true, force: true }));
		beforeEach(() => {
			opened.length = 0;
		});

		const stored = [{ json: {}, binary: { data: { id: 'filesystem-v2:scan', data: '', mimeType: 'application/octet-stream', fileName: 'scan.bin' } } }];
		const create = (path: string) => ({
			resource: 'file',
			operation: 'create',
			fileType: 'file',
			channelId: fake.demo.fileChannels[0].id,
			path,
			binaryPropertyName: 'data',
		});

		it('streams it to storage with its length, never holding it whole', async () => {
			const [file] = await run(create('Scans/scan.bin'), stored);
			const upload = fake.store.get('upload', String(file.json.id))!;
			expect(Buffer.compare(upload.content as unknown as Buffer, bytes)).toBe(0);
			expect(upload).toMatchObject({ contentLength: String(bytes.length), chunked: false });
			expect(opened).toEqual(['scan']);
		});

		it('retries the storage PUT, which is harmless twice, with a fresh stream', async () => {
			fake.failNext({ status: 503, method: 'PUT' });
			const [file] = await run(create('Scans/retried.bin'), stored);
			expect(fake.requests.filter((request) => request.method === 'PUT').map((request) => request.status)).toEqual([503, 200]);
			expect(Buffer.compare(fake.store.get('upload', String(file.json.id))!.content as unknown as Buffer, bytes)).toBe(0);
			expect(opened).toEqual(['scan', 'scan']);
		});

		it('names the entry Copilot created when the upload fails for good, and says to delete it', async () => {
			fake.failNext({ status: 403, method: 'PUT', body: 'Request has expired' });
			const error = await run(create('Scans/expired.bin'), stored).catch((caught: unknown) => caught);
			const entry = fake.store.list('file').find((file) => file.path === 'Scans/expired.bin')!;
			expect(error).toMatchObject({
				message: `Copilot created the file entry ${entry.id} (Scans/expired.bin), but uploading its content failed: the storage answered HTTP 403`,
			});
			expect((error as Error & { description: string }).description).toContain(`Delete it (File › Delete, ID ${entry.id})`);
			expect(fake.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
		});
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
