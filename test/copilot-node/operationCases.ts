import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { FakeCopilotApi } from '../fake-copilot-api';

/**
 * One successful run of every operation of the Copilot node against the fake Copilot API, with the
 * request it must make. The resource tests check each request and answer; the SDK contract test
 * checks every request against Copilot's own SDK and that no SDK operation is left out.
 */
export interface OperationCase {
	resource: string;
	operation: string;
	/** Builds the node's parameters, creating in the fake whatever the operation needs. */
	parameters: (fake: FakeCopilotApi) => INodeParameters;
	/** The request the node must send (the last one, for operations that send several). */
	request: (fake: FakeCopilotApi) => { method: string; path: string; query?: IDataObject; body?: IDataObject };
	/** The number of output items; 1 unless said. */
	items?: number;
}

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value, cachedResultName: 'picked in the editor' });

/** Creates a record in the fake and remembers its id under `key`, so `request` can name it. */
function made(fake: FakeCopilotApi, key: string, kind: string, fields: IDataObject): string {
	const record = fake.store.add(kind, fields) as IDataObject;
	(fake as unknown as { madeIds: IDataObject }).madeIds ??= {};
	(fake as unknown as { madeIds: IDataObject }).madeIds[key] = record.id;
	return String(record.id);
}
const madeId = (fake: FakeCopilotApi, key: string) => String((fake as unknown as { madeIds: IDataObject }).madeIds[key]);
const demo = (fake: FakeCopilotApi) => fake.demo;

export const OPERATION_CASES: OperationCase[] = [
	// Client
	{
		resource: 'client',
		operation: 'create',
		parameters: (fake) => ({
			givenName: 'Ada',
			familyName: 'Lovelace',
			email: 'ada@example.com',
			additionalFields: { companyId: demo(fake).companies[0].id, sendInvite: true, customFields: '{"phoneNumber":"+1 555 0100"}' },
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/clients',
			query: { sendInvite: 'true' },
			body: {
				givenName: 'Ada',
				familyName: 'Lovelace',
				email: 'ada@example.com',
				companyId: demo(fake).companies[0].id,
				customFields: { phoneNumber: '+1 555 0100' },
			},
		}),
	},
	{
		resource: 'client',
		operation: 'get',
		parameters: (fake) => ({ clientId: fromList(demo(fake).clients[0].id) }),
		request: (fake) => ({ method: 'GET', path: `/v1/clients/${demo(fake).clients[0].id}` }),
	},
	{
		resource: 'client',
		operation: 'getAll',
		parameters: (fake) => ({ returnAll: true, filters: { companyId: demo(fake).companies[0].id } }),
		request: (fake) => ({ method: 'GET', path: '/v1/clients', query: { companyId: demo(fake).companies[0].id, limit: '100' } }),
		items: -1,
	},
	{
		resource: 'client',
		operation: 'update',
		parameters: (fake) => ({ clientId: byId(demo(fake).clients[1].id), updateFields: { familyName: 'Renamed', sendInvite: false } }),
		request: (fake) => ({
			method: 'PATCH',
			path: `/v1/clients/${demo(fake).clients[1].id}`,
			query: { sendInvite: 'false' },
			body: { familyName: 'Renamed' },
		}),
	},
	{
		resource: 'client',
		operation: 'replace',
		parameters: (fake) => ({ clientId: demo(fake).clients[2].id, givenName: 'New', familyName: 'Name', additionalFields: {} }),
		request: (fake) => ({ method: 'PUT', path: `/v1/clients/${demo(fake).clients[2].id}`, body: { givenName: 'New', familyName: 'Name' } }),
	},
	{
		resource: 'client',
		operation: 'delete',
		parameters: (fake) => ({ clientId: byId(made(fake, 'client', 'client', { givenName: 'Gone', familyName: 'Soon', email: 'gone@example.com' })) }),
		request: (fake) => ({ method: 'DELETE', path: `/v1/clients/${madeId(fake, 'client')}` }),
	},
	// Company
	{
		resource: 'company',
		operation: 'create',
		parameters: () => ({ name: 'Initech', additionalFields: { fallbackColor: '#9BBFFF' } }),
		request: () => ({ method: 'POST', path: '/v1/companies', body: { name: 'Initech', fallbackColor: '#9BBFFF' } }),
	},
	{
		resource: 'company',
		operation: 'get',
		parameters: (fake) => ({ companyId: fromList(demo(fake).companies[0].id) }),
		request: (fake) => ({ method: 'GET', path: `/v1/companies/${demo(fake).companies[0].id}` }),
	},
	{
		resource: 'company',
		operation: 'getAll',
		parameters: () => ({ returnAll: false, limit: 2, filters: { isPlaceholder: false } }),
		request: () => ({ method: 'GET', path: '/v1/companies', query: { isPlaceholder: 'false', limit: '2' } }),
		items: 2,
	},
	{
		resource: 'company',
		operation: 'update',
		parameters: (fake) => ({ companyId: byId(demo(fake).companies[1].id), updateFields: { name: 'Globex Holdings' } }),
		request: (fake) => ({ method: 'PATCH', path: `/v1/companies/${demo(fake).companies[1].id}`, body: { name: 'Globex Holdings' } }),
	},
	{
		resource: 'company',
		operation: 'delete',
		parameters: (fake) => ({ companyId: byId(made(fake, 'company', 'company', { name: 'Short-lived Ltd' })) }),
		request: (fake) => ({ method: 'DELETE', path: `/v1/companies/${madeId(fake, 'company')}` }),
	},
	// Contract and contract template
	{
		resource: 'contract',
		operation: 'send',
		parameters: (fake) => ({
			contractTemplateId: demo(fake).contractTemplates[0].id,
			clientId: byId(demo(fake).clients[0].id),
			additionalFields: { variableValues: '{"fee":"1,200 USD"}' },
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/contracts',
			body: { contractTemplateId: demo(fake).contractTemplates[0].id, clientId: demo(fake).clients[0].id, variableValues: { fee: '1,200 USD' } },
		}),
	},
	{
		resource: 'contract',
		operation: 'get',
		parameters: (fake) => ({
			contractId: made(fake, 'contract', 'contract', { name: 'NDA', status: 'pending', clientId: demo(fake).clients[0].id }),
		}),
		request: (fake) => ({ method: 'GET', path: `/v1/contracts/${madeId(fake, 'contract')}` }),
	},
	{
		resource: 'contract',
		operation: 'getAll',
		parameters: (fake) => ({ returnAll: true, filters: { clientId: demo(fake).clients[0].id, status: 'pending' } }),
		request: (fake) => ({ method: 'GET', path: '/v1/contracts', query: { clientId: demo(fake).clients[0].id, status: 'pending' } }),
		items: -1,
	},
	{
		resource: 'contractTemplate',
		operation: 'get',
		parameters: (fake) => ({ contractTemplateId: demo(fake).contractTemplates[0].id }),
		request: (fake) => ({ method: 'GET', path: `/v1/contract-templates/${demo(fake).contractTemplates[0].id}` }),
	},
	{
		resource: 'contractTemplate',
		operation: 'getAll',
		parameters: () => ({ returnAll: true }),
		request: () => ({ method: 'GET', path: '/v1/contract-templates', query: { limit: '100' } }),
		items: -1,
	},
	// Custom field
	{
		resource: 'customField',
		operation: 'getAll',
		parameters: () => ({ returnAll: true, filters: { entityType: 'client' } }),
		request: () => ({ method: 'GET', path: '/v1/custom-fields', query: { entityType: 'client' } }),
		items: -1,
	},
	{
		resource: 'customField',
		operation: 'getOptions',
		parameters: (fake) => ({ customFieldId: tagsField(fake), returnAll: true, filters: {} }),
		request: (fake) => ({ method: 'GET', path: `/v1/custom-fields/${tagsField(fake)}/options`, query: {} }),
		items: -1,
	},
	// File and file channel
	{
		resource: 'file',
		operation: 'create',
		parameters: (fake) => ({ fileType: 'folder', channelId: demo(fake).fileChannels[0].id, path: 'Onboarding', clientPermissions: 'read_only' }),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/files/folder',
			body: { channelId: demo(fake).fileChannels[0].id, path: 'Onboarding', clientPermissions: 'read_only' },
		}),
	},
	{
		resource: 'file',
		operation: 'get',
		parameters: (fake) => ({ fileId: made(fake, 'file', 'file', { object: 'link', name: 'Site', path: 'Site', channelId: demo(fake).fileChannels[0].id }) }),
		request: (fake) => ({ method: 'GET', path: `/v1/files/${madeId(fake, 'file')}` }),
	},
	{
		resource: 'file',
		operation: 'getAll',
		parameters: (fake) => ({ channelId: demo(fake).fileChannels[0].id, returnAll: true, filters: {} }),
		request: (fake) => ({ method: 'GET', path: '/v1/files', query: { channelId: demo(fake).fileChannels[0].id, limit: '100' } }),
		items: -1,
	},
	{
		resource: 'file',
		operation: 'delete',
		parameters: (fake) => ({ fileId: made(fake, 'doomedFile', 'file', { object: 'link', name: 'Old', path: 'Old', channelId: demo(fake).fileChannels[0].id }) }),
		request: (fake) => ({ method: 'DELETE', path: `/v1/files/${madeId(fake, 'doomedFile')}` }),
	},
	{
		resource: 'file',
		operation: 'updatePermissions',
		parameters: (fake) => ({ folderId: 'root', clientPermissions: 'read_only', channelId: demo(fake).fileChannels[0].id }),
		request: (fake) => ({
			method: 'PUT',
			path: '/v1/files/root/permissions/',
			body: { clientPermissions: 'read_only', channelId: demo(fake).fileChannels[0].id },
		}),
	},
	{
		resource: 'fileChannel',
		operation: 'create',
		parameters: (fake) => ({ membershipType: 'company', additionalFields: { companyId: demo(fake).companies[0].id } }),
		request: (fake) => ({ method: 'POST', path: '/v1/channels/files', body: { membershipType: 'company', companyId: demo(fake).companies[0].id } }),
	},
	{
		resource: 'fileChannel',
		operation: 'get',
		parameters: (fake) => ({ fileChannelId: demo(fake).fileChannels[0].id }),
		request: (fake) => ({ method: 'GET', path: `/v1/channels/files/${demo(fake).fileChannels[0].id}` }),
	},
	{
		resource: 'fileChannel',
		operation: 'getAll',
		parameters: (fake) => ({ returnAll: true, filters: { clientId: demo(fake).clients[0].id } }),
		request: (fake) => ({ method: 'GET', path: '/v1/channels/files', query: { clientId: demo(fake).clients[0].id, limit: '100' } }),
		items: -1,
	},
	// Form and form response
	{
		resource: 'form',
		operation: 'get',
		parameters: (fake) => ({ formId: demo(fake).forms[0].id }),
		request: (fake) => ({ method: 'GET', path: `/v1/forms/${demo(fake).forms[0].id}` }),
	},
	{
		resource: 'form',
		operation: 'getAll',
		parameters: () => ({ returnAll: false, limit: 1 }),
		request: () => ({ method: 'GET', path: '/v1/forms', query: { limit: '1' } }),
	},
	{
		resource: 'formResponse',
		operation: 'request',
		parameters: (fake) => ({
			formId: demo(fake).forms[0].id,
			recipients: {
				recipient: demo(fake).clients.slice(0, 2).map((client) => ({ clientId: client.id, companyId: client.companyId })),
			},
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/form-responses',
			body: {
				formId: demo(fake).forms[0].id,
				clientCompanyIds: demo(fake).clients.slice(0, 2).map((client) => ({ clientId: client.id, companyId: client.companyId })),
			},
		}),
		items: 2,
	},
	{
		resource: 'formResponse',
		operation: 'getAll',
		parameters: (fake) => ({ formId: demo(fake).forms[0].id, returnAll: true }),
		request: (fake) => ({ method: 'GET', path: `/v1/forms/${demo(fake).forms[0].id}/form-responses`, query: {} }),
		items: -1,
	},
	// Internal user
	{
		resource: 'internalUser',
		operation: 'get',
		parameters: (fake) => ({ internalUserId: fromList(demo(fake).internalUsers[0].id) }),
		request: (fake) => ({ method: 'GET', path: `/v1/internal-users/${demo(fake).internalUsers[0].id}` }),
	},
	{
		resource: 'internalUser',
		operation: 'getAll',
		parameters: () => ({ returnAll: true }),
		request: () => ({ method: 'GET', path: '/v1/internal-users', query: { limit: '100' } }),
		items: -1,
	},
	// Invoice, invoice template, payment, price, product
	{
		resource: 'invoice',
		operation: 'create',
		parameters: (fake) => ({
			daysUntilDue: 14,
			paymentMethods: { methods: [{ type: 'bankAccount', feePaidByClient: true }] },
			lineItems: { items: [{ amount: 120000, description: 'Bookkeeping, November', quantity: 1, priceId: '' }] },
			additionalFields: { clientId: demo(fake).clients[0].id, memo: 'Thank you' },
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/invoices',
			body: {
				daysUntilDue: 14,
				paymentMethodPreferences: [{ type: 'bankAccount', feePaidByClient: true }],
				lineItems: [{ amount: 120000, description: 'Bookkeeping, November', quantity: 1 }],
				clientId: demo(fake).clients[0].id,
				memo: 'Thank you',
			},
		}),
	},
	{
		resource: 'invoice',
		operation: 'get',
		parameters: (fake) => ({ invoiceId: demo(fake).invoices[0].id }),
		request: (fake) => ({ method: 'GET', path: `/v1/invoices/${demo(fake).invoices[0].id}` }),
	},
	{
		resource: 'invoice',
		operation: 'getAll',
		parameters: () => ({ returnAll: true }),
		request: () => ({ method: 'GET', path: '/v1/invoices', query: { limit: '100' } }),
		items: -1,
	},
	{
		resource: 'invoiceTemplate',
		operation: 'getAll',
		parameters: () => ({ returnAll: true }),
		request: () => ({ method: 'GET', path: '/v1/invoice-templates', query: { limit: '100' } }),
		items: -1,
	},
	{
		resource: 'payment',
		operation: 'getAll',
		parameters: (fake) => ({ returnAll: true, filters: { invoiceId: demo(fake).invoices[0].id } }),
		request: (fake) => ({ method: 'GET', path: '/v1/payments', query: { invoiceId: demo(fake).invoices[0].id, limit: '100' } }),
		items: -1,
	},
	{
		resource: 'price',
		operation: 'get',
		parameters: (fake) => ({ priceId: demo(fake).prices[0].id }),
		request: (fake) => ({ method: 'GET', path: `/v1/prices/${demo(fake).prices[0].id}` }),
	},
	{
		resource: 'price',
		operation: 'getAll',
		parameters: (fake) => ({ returnAll: true, filters: { productId: demo(fake).products[0].id } }),
		request: (fake) => ({ method: 'GET', path: '/v1/prices', query: { productId: demo(fake).products[0].id, limit: '100' } }),
		items: -1,
	},
	{
		resource: 'product',
		operation: 'get',
		parameters: (fake) => ({ productId: demo(fake).products[0].id }),
		request: (fake) => ({ method: 'GET', path: `/v1/products/${demo(fake).products[0].id}` }),
	},
	{
		resource: 'product',
		operation: 'getAll',
		parameters: () => ({ returnAll: true, filters: {} }),
		request: () => ({ method: 'GET', path: '/v1/products', query: { limit: '100' } }),
		items: -1,
	},
	// Message and message channel
	{
		resource: 'message',
		operation: 'send',
		parameters: (fake) => ({ channelId: fromList(demo(fake).messageChannels[0].id), text: 'Welcome aboard!', additionalFields: {} }),
		request: (fake) => ({ method: 'POST', path: '/v1/messages', body: { channelId: demo(fake).messageChannels[0].id, text: 'Welcome aboard!' } }),
	},
	{
		resource: 'message',
		operation: 'getAll',
		parameters: (fake) => ({ channelId: byId(demo(fake).messageChannels[0].id), returnAll: true }),
		request: (fake) => ({ method: 'GET', path: '/v1/messages', query: { channelId: demo(fake).messageChannels[0].id, limit: '100' } }),
		items: -1,
	},
	{
		resource: 'messageChannel',
		operation: 'create',
		parameters: (fake) => ({
			membershipType: 'group',
			additionalFields: { memberIds: `${demo(fake).clients[0].id}, ${demo(fake).clients[1].id}` },
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/message-channels',
			body: { membershipType: 'group', memberIds: [demo(fake).clients[0].id, demo(fake).clients[1].id] },
		}),
	},
	{
		resource: 'messageChannel',
		operation: 'get',
		parameters: (fake) => ({ messageChannelId: fromList(demo(fake).messageChannels[0].id) }),
		request: (fake) => ({ method: 'GET', path: `/v1/message-channels/${demo(fake).messageChannels[0].id}` }),
	},
	{
		resource: 'messageChannel',
		operation: 'getAll',
		parameters: (fake) => ({ returnAll: true, filters: { clientId: demo(fake).clients[0].id, membershipType: 'individual' } }),
		request: (fake) => ({
			method: 'GET',
			path: '/v1/message-channels',
			query: { clientId: demo(fake).clients[0].id, membershipType: 'individual', limit: '100' },
		}),
		items: 1,
	},
	// Note
	{
		resource: 'note',
		operation: 'create',
		parameters: (fake) => ({
			entityType: 'client',
			entityId: demo(fake).clients[0].id,
			title: 'Kick-off call',
			additionalFields: { content: '<p>Discussed the renewal.</p>' },
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/notes',
			body: { entityType: 'client', entityId: demo(fake).clients[0].id, title: 'Kick-off call', content: '<p>Discussed the renewal.</p>' },
		}),
	},
	{
		resource: 'note',
		operation: 'get',
		parameters: (fake) => ({ noteId: demo(fake).notes[0].id }),
		request: (fake) => ({ method: 'GET', path: `/v1/notes/${demo(fake).notes[0].id}` }),
	},
	{
		resource: 'note',
		operation: 'getAll',
		parameters: (fake) => ({ returnAll: true, filters: { entityType: 'client', entityId: demo(fake).clients[0].id } }),
		request: (fake) => ({
			method: 'GET',
			path: '/v1/notes',
			query: { entityType: 'client', entityId: demo(fake).clients[0].id, limit: '100' },
		}),
		items: -1,
	},
	{
		resource: 'note',
		operation: 'update',
		parameters: (fake) => ({ noteId: demo(fake).notes[0].id, updateFields: { title: 'Renewal call' } }),
		request: (fake) => ({ method: 'PATCH', path: `/v1/notes/${demo(fake).notes[0].id}`, body: { title: 'Renewal call' } }),
	},
	{
		resource: 'note',
		operation: 'delete',
		parameters: (fake) => ({
			noteId: made(fake, 'note', 'note', { entityType: 'client', entityId: demo(fake).clients[0].id, title: 'Scratch' }),
		}),
		request: (fake) => ({ method: 'DELETE', path: `/v1/notes/${madeId(fake, 'note')}` }),
	},
	// Notification
	{
		resource: 'notification',
		operation: 'create',
		parameters: (fake) => ({
			senderId: demo(fake).internalUsers[0].id,
			title: 'Your documents are ready',
			additionalFields: { recipientClientId: demo(fake).clients[0].id, emailSubject: 'Documents ready' },
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/notifications',
			body: {
				senderId: demo(fake).internalUsers[0].id,
				recipientClientId: demo(fake).clients[0].id,
				deliveryTargets: { inProduct: { title: 'Your documents are ready' }, email: { subject: 'Documents ready' } },
			},
		}),
	},
	{
		resource: 'notification',
		operation: 'getAll',
		parameters: (fake) => ({ returnAll: true, filters: { includeRead: true, recipientClientId: demo(fake).clients[0].id } }),
		request: (fake) => ({
			method: 'GET',
			path: '/v1/notifications',
			query: { includeRead: 'true', recipientClientId: demo(fake).clients[0].id },
		}),
		items: -1,
	},
	{
		resource: 'notification',
		operation: 'markRead',
		parameters: (fake) => ({ notificationId: notificationFor(fake, 'readMe') }),
		request: (fake) => ({ method: 'POST', path: `/v1/notifications/${madeId(fake, 'readMe')}/read` }),
	},
	{
		resource: 'notification',
		operation: 'markUnread',
		parameters: (fake) => ({ notificationId: notificationFor(fake, 'unreadMe') }),
		request: (fake) => ({ method: 'POST', path: `/v1/notifications/${madeId(fake, 'unreadMe')}/unread` }),
	},
	{
		resource: 'notification',
		operation: 'delete',
		parameters: (fake) => ({ notificationId: notificationFor(fake, 'deleteMe') }),
		request: (fake) => ({ method: 'DELETE', path: `/v1/notifications/${madeId(fake, 'deleteMe')}` }),
	},
	// Subscription and subscription template
	{
		resource: 'subscription',
		operation: 'create',
		parameters: (fake) => ({
			daysUntilDue: 7,
			paymentMethods: { methods: [{ type: 'creditCard', feePaidByClient: false }] },
			lineItems: { items: [{ amount: 0, description: '', quantity: 2, priceId: demo(fake).prices[0].id }] },
			collectionMethod: 'chargeAutomatically',
			additionalFields: { companyId: demo(fake).companies[0].id, interval: 'month', intervalCount: 1 },
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/subscriptions',
			body: {
				daysUntilDue: 7,
				paymentMethodPreferences: [{ type: 'creditCard', feePaidByClient: false }],
				lineItems: [{ priceId: demo(fake).prices[0].id, quantity: 2 }],
				collectionMethod: 'chargeAutomatically',
				companyId: demo(fake).companies[0].id,
				interval: 'month',
				intervalCount: 1,
			},
		}),
	},
	{
		resource: 'subscription',
		operation: 'get',
		parameters: (fake) => ({ subscriptionId: subscriptionFor(fake, 'subscription') }),
		request: (fake) => ({ method: 'GET', path: `/v1/subscriptions/${madeId(fake, 'subscription')}` }),
	},
	{
		resource: 'subscription',
		operation: 'getAll',
		parameters: () => ({ returnAll: true }),
		request: () => ({ method: 'GET', path: '/v1/subscriptions', query: { limit: '100' } }),
		items: -1,
	},
	{
		resource: 'subscription',
		operation: 'cancel',
		parameters: (fake) => ({ subscriptionId: subscriptionFor(fake, 'cancelMe') }),
		request: (fake) => ({ method: 'POST', path: `/v1/subscriptions/${madeId(fake, 'cancelMe')}/cancel` }),
	},
	{
		resource: 'subscriptionTemplate',
		operation: 'getAll',
		parameters: () => ({ returnAll: true }),
		request: () => ({ method: 'GET', path: '/v1/subscription-templates', query: { limit: '100' } }),
		items: -1,
	},
	// Task and task template
	{
		resource: 'task',
		operation: 'create',
		parameters: (fake) => ({
			name: 'Upload your engagement letter',
			additionalFields: {
				clientId: demo(fake).clients[0].id,
				companyId: demo(fake).clients[0].companyId,
				dueDate: '2026-12-01T09:00:00.000Z',
				status: 'todo',
			},
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/tasks',
			body: {
				name: 'Upload your engagement letter',
				clientId: demo(fake).clients[0].id,
				companyId: demo(fake).clients[0].companyId,
				dueDate: '2026-12-01T09:00:00.000Z',
				status: 'todo',
			},
		}),
	},
	{
		resource: 'task',
		operation: 'get',
		parameters: (fake) => ({ taskId: fromList(demo(fake).tasks[0].id) }),
		request: (fake) => ({ method: 'GET', path: `/v1/tasks/${demo(fake).tasks[0].id}` }),
	},
	{
		resource: 'task',
		operation: 'getAll',
		parameters: () => ({ returnAll: true, filters: { status: 'todo' } }),
		request: () => ({ method: 'GET', path: '/v1/tasks', query: { status: 'todo', limit: '100' } }),
		items: -1,
	},
	{
		resource: 'task',
		operation: 'update',
		parameters: (fake) => ({ taskId: byId(demo(fake).tasks[0].id), updateFields: { status: 'completed' } }),
		request: (fake) => ({ method: 'PATCH', path: `/v1/tasks/${demo(fake).tasks[0].id}`, body: { status: 'completed' } }),
	},
	{
		resource: 'task',
		operation: 'delete',
		parameters: (fake) => ({ taskId: byId(made(fake, 'task', 'task', { name: 'Scratch task', status: 'todo' })) }),
		request: (fake) => ({ method: 'DELETE', path: `/v1/tasks/${madeId(fake, 'task')}` }),
	},
	{
		resource: 'taskTemplate',
		operation: 'get',
		parameters: (fake) => ({ taskTemplateId: demo(fake).taskTemplates[0].id }),
		request: (fake) => ({ method: 'GET', path: `/v1/task-templates/${demo(fake).taskTemplates[0].id}` }),
	},
	{
		resource: 'taskTemplate',
		operation: 'getAll',
		parameters: () => ({ returnAll: true }),
		request: () => ({ method: 'GET', path: '/v1/task-templates', query: { limit: '100' } }),
		items: -1,
	},
	// Workspace
	{
		resource: 'workspace',
		operation: 'get',
		parameters: () => ({}),
		request: () => ({ method: 'GET', path: '/v1/workspaces' }),
	},
];

function tagsField(fake: FakeCopilotApi): string {
	const field = demo(fake).customFields.find((candidate: IDataObject) => candidate.type === 'multiSelect');
	return String(field!.id);
}

function notificationFor(fake: FakeCopilotApi, key: string): string {
	return made(fake, key, 'notification', {
		senderId: demo(fake).internalUsers[0].id,
		recipientClientId: demo(fake).clients[0].id,
		isRead: key === 'unreadMe',
		deliveryTargets: { inProduct: { title: 'Hello', isRead: key === 'unreadMe' } },
	});
}

function subscriptionFor(fake: FakeCopilotApi, key: string): string {
	return made(fake, key, 'subscription', { status: 'active', collectionMethod: 'sendInvoice', clientId: demo(fake).clients[0].id });
}
