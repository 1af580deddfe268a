// Every operation with optional parameters run with all of them set (several cases where some
// exclude others: a task for an internal user or for a client, a file, link or folder), so that the
// SDK contract test checks each field the node can send against Copilot's SDK and the fake's server.
import type { FakeCopilotApi } from '../../fake-copilot-api';
import { byId, demo, inDays, made, madeId, notificationFor, sentAsDueDate, type OperationCase } from './helpers';

const FULL = 'every optional field set';
const DUE = inDays(45);
const DUE_SENT = sentAsDueDate(DUE);
const FILE_BYTES = Buffer.from('Engagement letter, signed');

const company = (fake: FakeCopilotApi, index = 0) => demo(fake).companies[index];
const client = (fake: FakeCopilotApi, index = 0) => demo(fake).clients[index];
const owner = (fake: FakeCopilotApi) => demo(fake).internalUsers[0];

export const CASES: OperationCase[] = [
	// Clients and companies
	{
		resource: 'client',
		operation: 'create',
		variant: FULL,
		parameters: (fake) => ({
			givenName: 'Grace',
			familyName: 'Brewster',
			email: 'grace.brewster@example.com',
			additionalFields: {
				companyId: company(fake).id,
				sendInvite: false,
				customFields: '{"phoneNumber":"+1 555 0199"}',
				customFieldValues: { values: [{ key: 'tags', value: '={{ ["vip", "new"] }}' }] },
			},
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/clients',
			query: { sendInvite: 'false' },
			body: {
				givenName: 'Grace',
				familyName: 'Brewster',
				email: 'grace.brewster@example.com',
				companyId: company(fake).id,
				customFields: { phoneNumber: '+1 555 0199', tags: ['vip', 'new'] },
			},
		}),
	},
	{
		resource: 'client',
		operation: 'upsert',
		variant: `${FULL}, a client that exists`,
		parameters: (fake) => ({
			email: String(client(fake, 5).email),
			givenName: 'Ethan',
			familyName: 'Okafor-Reyes',
			additionalFields: {
				companyId: company(fake, 0).id,
				sendInvite: true,
				customFields: '{"phoneNumber":"+1 555 0555"}',
				customFieldValues: { values: [{ key: 'tags', value: '={{ ["vip"] }}' }] },
			},
		}),
		request: (fake) => ({
			method: 'PATCH',
			path: `/v1/clients/${client(fake, 5).id}`,
			body: { familyName: 'Okafor-Reyes', companyId: company(fake, 0).id, customFields: { phoneNumber: '+1 555 0555', tags: ['vip'] } },
		}),
	},
	{
		resource: 'company',
		operation: 'upsert',
		variant: `${FULL}, a company that exists`,
		parameters: (fake) => ({
			name: String(company(fake, 0).name),
			additionalFields: {
				iconImageUrl: 'https://example.com/northwind.png',
				fallbackColor: '#112233',
				customFields: '{"industry":"Wholesale"}',
				customFieldValues: { values: [{ key: 'industry', value: 'Logistics' }] },
			},
		}),
		request: (fake) => ({ method: 'PATCH', path: `/v1/companies/${company(fake, 0).id}`, body: { customFields: { industry: 'Logistics' } } }),
	},
	{
		resource: 'client',
		operation: 'getAll',
		variant: FULL,
		parameters: (fake) => ({
			returnAll: true,
			filters: {
				companyId: client(fake).companyId,
				email: String(client(fake).email),
				givenName: String(client(fake).givenName),
				familyName: String(client(fake).familyName),
			},
		}),
		request: (fake) => ({
			method: 'GET',
			path: '/v1/clients',
			query: {
				companyId: String(client(fake).companyId),
				email: String(client(fake).email),
				givenName: String(client(fake).givenName),
				familyName: String(client(fake).familyName),
				limit: '1000',
			},
		}),
	},
	{
		resource: 'client',
		operation: 'update',
		variant: FULL,
		parameters: (fake) => ({
			clientId: byId(client(fake, 3).id),
			updateFields: {
				givenName: 'Noa',
				familyName: 'Fischer-Lang',
				companyId: company(fake, 2).id,
				sendInvite: true,
				customFields: '{"phoneNumber":"+1 555 0103"}',
				customFieldValues: { values: [{ key: 'tags', value: '={{ ["at-risk"] }}' }] },
			},
		}),
		request: (fake) => ({
			method: 'PATCH',
			path: `/v1/clients/${client(fake, 3).id}`,
			query: { sendInvite: 'true' },
			body: {
				givenName: 'Noa',
				familyName: 'Fischer-Lang',
				companyId: company(fake, 2).id,
				customFields: { phoneNumber: '+1 555 0103', tags: ['at-risk'] },
			},
		}),
	},
	{
		resource: 'client',
		operation: 'replace',
		variant: FULL,
		parameters: (fake) => ({
			clientId: byId(client(fake, 4).id),
			givenName: 'Zoe',
			familyName: 'Nakamura',
			additionalFields: {
				companyId: company(fake, 1).id,
				customFields: '{"phoneNumber":"+1 555 0104"}',
				customFieldValues: { values: [{ key: 'tags', value: '={{ ["new"] }}' }] },
			},
		}),
		request: (fake) => ({
			method: 'PUT',
			path: `/v1/clients/${client(fake, 4).id}`,
			body: {
				givenName: 'Zoe',
				familyName: 'Nakamura',
				companyId: company(fake, 1).id,
				customFields: { phoneNumber: '+1 555 0104', tags: ['new'] },
			},
		}),
	},
	{
		resource: 'company',
		operation: 'create',
		variant: FULL,
		parameters: () => ({
			name: 'Vandelay Industries',
			additionalFields: {
				iconImageUrl: 'https://example.com/vandelay.png',
				fallbackColor: '#FF8800',
				customFields: '{"industry":"Import/Export"}',
				customFieldValues: { values: [{ key: 'industry', value: 'Latex' }] },
			},
		}),
		request: () => ({
			method: 'POST',
			path: '/v1/companies',
			body: {
				name: 'Vandelay Industries',
				iconImageUrl: 'https://example.com/vandelay.png',
				fallbackColor: '#FF8800',
				customFields: { industry: 'Latex' },
			},
		}),
	},
	{
		resource: 'company',
		operation: 'getAll',
		variant: FULL,
		parameters: (fake) => ({ returnAll: true, filters: { name: String(company(fake, 2).name), isPlaceholder: false } }),
		request: (fake) => ({ method: 'GET', path: '/v1/companies', query: { name: String(company(fake, 2).name), isPlaceholder: 'false', limit: '1000' } }),
	},
	{
		resource: 'company',
		operation: 'update',
		variant: FULL,
		parameters: (fake) => ({
			companyId: byId(company(fake, 2).id),
			updateFields: {
				name: 'Harbor Dental Partners',
				customFields: '{"industry":"Dentistry"}',
				customFieldValues: { values: [{ key: 'industry', value: 'Healthcare' }] },
			},
		}),
		request: (fake) => ({
			method: 'PATCH',
			path: `/v1/companies/${company(fake, 2).id}`,
			body: { name: 'Harbor Dental Partners', customFields: { industry: 'Healthcare' } },
		}),
	},
	// Tasks
	{
		resource: 'task',
		operation: 'create',
		variant: `${FULL}, for an internal user with a viewer`,
		parameters: (fake) => ({
			name: 'Prepare the year-end pack',
			additionalFields: {
				description: 'Bank statements and receipts',
				internalUserId: owner(fake).id,
				parentTaskId: demo(fake).tasks[0].id,
				templateId: demo(fake).taskTemplates[1].id,
				status: 'inProgress',
				dueDate: DUE,
				viewerClientId: client(fake).id,
				viewerCompanyId: client(fake).companyId,
			},
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/tasks',
			body: {
				name: 'Prepare the year-end pack',
				description: 'Bank statements and receipts',
				internalUserId: owner(fake).id,
				parentTaskId: demo(fake).tasks[0].id,
				templateId: demo(fake).taskTemplates[1].id,
				status: 'inProgress',
				dueDate: DUE_SENT,
				viewers: [{ clientId: client(fake).id, companyId: client(fake).companyId }],
			},
		}),
	},
	{
		resource: 'task',
		operation: 'create',
		variant: 'for a company, status left to its default',
		parameters: (fake) => ({ name: 'Send us your logo', additionalFields: { companyId: company(fake, 1).id } }),
		request: (fake) => ({ method: 'POST', path: '/v1/tasks', body: { name: 'Send us your logo', companyId: company(fake, 1).id, status: 'todo' } }),
	},
	{
		resource: 'task',
		operation: 'getAll',
		variant: FULL,
		parameters: (fake) => ({
			returnAll: true,
			filters: {
				clientId: client(fake).id,
				companyId: client(fake).companyId,
				createdBy: owner(fake).id,
				internalUserId: owner(fake).id,
				parentTaskId: demo(fake).tasks[0].id,
				status: 'todo',
			},
		}),
		request: (fake) => ({
			method: 'GET',
			path: '/v1/tasks',
			query: {
				clientId: client(fake).id,
				companyId: String(client(fake).companyId),
				createdBy: owner(fake).id,
				internalUserId: owner(fake).id,
				parentTaskId: demo(fake).tasks[0].id,
				status: 'todo',
				limit: '1000',
			},
		}),
		items: 0,
	},
	{
		resource: 'task',
		operation: 'delete',
		variant: 'with its subtasks',
		parameters: (fake) => {
			const parent = made(fake, 'parentTask', 'task', { name: 'Parent', status: 'todo' });
			fake.store.add('task', { name: 'Child', status: 'todo', parentTaskId: parent });
			return { taskId: byId(parent), deleteSubtasks: true };
		},
		request: (fake) => ({ method: 'DELETE', path: `/v1/tasks/${madeId(fake, 'parentTask')}`, query: { recursive: 'true' } }),
	},
	{
		resource: 'task',
		operation: 'update',
		variant: `${FULL}, assigned to an internal user with a viewer`,
		parameters: (fake) => ({
			taskId: byId(demo(fake).tasks[1].id),
			updateFields: {
				name: 'Confirm your billing and postal address',
				description: 'Both, please',
				status: 'completed',
				internalUserId: owner(fake).id,
				dueDate: DUE,
				isArchived: true,
				viewerClientId: client(fake, 1).id,
				viewerCompanyId: client(fake, 1).companyId,
			},
		}),
		request: (fake) => ({
			method: 'PATCH',
			path: `/v1/tasks/${demo(fake).tasks[1].id}`,
			body: {
				name: 'Confirm your billing and postal address',
				description: 'Both, please',
				status: 'completed',
				internalUserId: owner(fake).id,
				dueDate: DUE_SENT,
				isArchived: true,
				viewers: [{ clientId: client(fake, 1).id, companyId: client(fake, 1).companyId }],
			},
		}),
	},
	{
		resource: 'task',
		operation: 'update',
		variant: 'assigned to a client and their company',
		parameters: (fake) => ({
			taskId: byId(demo(fake).tasks[2].id),
			updateFields: { clientId: client(fake, 2).id, companyId: client(fake, 2).companyId },
		}),
		request: (fake) => ({
			method: 'PATCH',
			path: `/v1/tasks/${demo(fake).tasks[2].id}`,
			body: { clientId: client(fake, 2).id, companyId: client(fake, 2).companyId },
		}),
	},
	// Notes and messages
	{
		resource: 'note',
		operation: 'update',
		variant: FULL,
		parameters: (fake) => ({ noteId: demo(fake).notes[1].id, updateFields: { title: 'Second call', content: '<p>Agreed the fee.</p>' } }),
		request: (fake) => ({
			method: 'PATCH',
			path: `/v1/notes/${demo(fake).notes[1].id}`,
			body: { title: 'Second call', content: '<p>Agreed the fee.</p>' },
		}),
	},
	{
		resource: 'message',
		operation: 'send',
		variant: FULL,
		parameters: (fake) => ({
			channelId: byId(demo(fake).messageChannels[1].id),
			text: 'Thanks, received!',
			additionalFields: { senderId: client(fake, 1).id },
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/messages',
			body: { channelId: demo(fake).messageChannels[1].id, text: 'Thanks, received!', senderId: client(fake, 1).id },
		}),
	},
	{
		resource: 'messageChannel',
		operation: 'create',
		variant: 'individual, for a client of two companies',
		parameters: (fake) => ({
			membershipType: 'individual',
			additionalFields: { clientId: client(fake, 7).id, companyId: (client(fake, 7).companyIds as string[])[1] },
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/message-channels',
			body: { membershipType: 'individual', clientId: client(fake, 7).id, companyId: (client(fake, 7).companyIds as string[])[1] },
		}),
	},
	{
		resource: 'messageChannel',
		operation: 'getAll',
		variant: FULL,
		parameters: (fake) => ({
			returnAll: true,
			filters: { clientId: client(fake).id, memberId: client(fake).id, membershipType: 'individual' },
		}),
		request: (fake) => ({
			method: 'GET',
			path: '/v1/message-channels',
			query: { clientId: client(fake).id, memberId: client(fake).id, membershipType: 'individual', limit: '1000' },
		}),
	},
	// Files and file channels
	{
		resource: 'file',
		operation: 'create',
		variant: 'a file uploaded from binary data',
		parameters: (fake) => ({
			fileType: 'file',
			channelId: demo(fake).fileChannels[0].id,
			path: 'Shared documents/engagement-letter.txt',
			binaryPropertyName: 'letter',
		}),
		input: () => [
			{ json: {}, binary: { letter: { data: FILE_BYTES.toString('base64'), mimeType: 'text/plain', fileName: 'engagement-letter.txt' } } },
		],
		request: (fake) => ({
			method: 'POST',
			path: '/v1/files/file',
			body: { channelId: demo(fake).fileChannels[0].id, path: 'Shared documents/engagement-letter.txt' },
		}),
	},
	{
		resource: 'file',
		operation: 'create',
		variant: 'a link',
		parameters: (fake) => ({ fileType: 'link', channelId: demo(fake).fileChannels[0].id, path: 'Our website', linkUrl: 'https://example.com' }),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/files/link',
			body: { channelId: demo(fake).fileChannels[0].id, path: 'Our website', linkUrl: 'https://example.com' },
		}),
	},
	{
		resource: 'file',
		operation: 'getAll',
		variant: FULL,
		parameters: (fake) => ({ channelId: demo(fake).fileChannels[0].id, returnAll: true, filters: { path: 'Shared documents' } }),
		request: (fake) => ({
			method: 'GET',
			path: '/v1/files',
			query: { channelId: demo(fake).fileChannels[0].id, path: 'Shared documents', limit: '1000' },
		}),
	},
	{
		resource: 'file',
		operation: 'updatePermissions',
		variant: 'a folder',
		parameters: (fake) => ({
			folderId: made(fake, 'folder', 'file', { object: 'folder', name: 'Tax', path: 'Tax', channelId: demo(fake).fileChannels[1].id }),
			clientPermissions: 'read_write',
			channelId: demo(fake).fileChannels[1].id,
		}),
		request: (fake) => ({
			method: 'PUT',
			path: `/v1/files/${madeId(fake, 'folder')}/permissions/`,
			body: { clientPermissions: 'read_write', channelId: demo(fake).fileChannels[1].id },
		}),
	},
	{
		resource: 'fileChannel',
		operation: 'create',
		variant: 'individual',
		parameters: (fake) => ({ membershipType: 'individual', additionalFields: { clientId: client(fake, 5).id, companyId: client(fake, 5).companyId } }),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/channels/files',
			body: { membershipType: 'individual', clientId: client(fake, 5).id, companyId: client(fake, 5).companyId },
		}),
	},
	{
		resource: 'fileChannel',
		operation: 'create',
		variant: 'group',
		parameters: (fake) => ({ membershipType: 'group', additionalFields: { memberIds: `${client(fake, 0).id}, ${client(fake, 3).id}` } }),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/channels/files',
			body: { membershipType: 'group', memberIds: [client(fake, 0).id, client(fake, 3).id] },
		}),
	},
	{
		resource: 'fileChannel',
		operation: 'getAll',
		variant: FULL,
		parameters: (fake) => ({
			returnAll: true,
			filters: { clientId: client(fake).id, companyId: client(fake).companyId, memberId: client(fake).id, membershipType: 'individual' },
		}),
		request: (fake) => ({
			method: 'GET',
			path: '/v1/channels/files',
			query: {
				clientId: client(fake).id,
				companyId: String(client(fake).companyId),
				memberId: client(fake).id,
				membershipType: 'individual',
				limit: '1000',
			},
		}),
	},
	// Billing
	{
		resource: 'invoice',
		operation: 'create',
		variant: FULL,
		parameters: (fake) => ({
			daysUntilDue: 30,
			paymentMethods: {
				methods: [
					{ type: 'creditCard', feePaidByClient: false },
					{ type: 'bankAccount', feePaidByClient: true },
				],
			},
			lineItems: { items: [{ amount: 0, description: '', quantity: 1.5, priceId: demo(fake).prices[1].id }] },
			additionalFields: {
				clientId: client(fake, 1).id,
				companyId: client(fake, 1).companyId,
				memo: 'Tax filing 2026',
				taxPercentage: 8.5,
				templateId: demo(fake).invoiceTemplates[1].id,
			},
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/invoices',
			body: {
				daysUntilDue: 30,
				paymentMethodPreferences: [
					{ type: 'creditCard', feePaidByClient: false },
					{ type: 'bankAccount', feePaidByClient: true },
				],
				lineItems: [{ priceId: demo(fake).prices[1].id, quantity: 1.5 }],
				clientId: client(fake, 1).id,
				companyId: client(fake, 1).companyId,
				memo: 'Tax filing 2026',
				taxPercentage: 8.5,
				templateId: demo(fake).invoiceTemplates[1].id,
			},
		}),
	},
	{
		resource: 'product',
		operation: 'getAll',
		variant: FULL,
		parameters: () => ({ returnAll: true, filters: { name: 'BOOKKEEPING' } }),
		request: () => ({ method: 'GET', path: '/v1/products', query: { name: 'BOOKKEEPING', limit: '1000' } }),
	},
	{
		resource: 'subscription',
		operation: 'create',
		variant: FULL,
		parameters: (fake) => ({
			daysUntilDue: 5,
			paymentMethods: { methods: [{ type: 'bankAccount', feePaidByClient: false }] },
			lineItems: { items: [{ amount: 45000, description: 'Monthly retainer', quantity: 1, priceId: '' }] },
			collectionMethod: 'sendInvoice',
			additionalFields: {
				clientId: client(fake, 2).id,
				companyId: client(fake, 2).companyId,
				interval: 'quarterly',
				intervalCount: 2,
				memo: 'Retainer',
				taxPercentage: 20,
				templateId: demo(fake).subscriptionTemplates[0].id,
			},
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/subscriptions',
			body: {
				daysUntilDue: 5,
				paymentMethodPreferences: [{ type: 'bankAccount', feePaidByClient: false }],
				lineItems: [{ amount: 45000, description: 'Monthly retainer', quantity: 1 }],
				collectionMethod: 'sendInvoice',
				clientId: client(fake, 2).id,
				companyId: client(fake, 2).companyId,
				interval: 'quarterly',
				intervalCount: 2,
				memo: 'Retainer',
				taxPercentage: 20,
				templateId: demo(fake).subscriptionTemplates[0].id,
			},
		}),
	},
	// Contracts, custom fields, notifications
	{
		resource: 'contract',
		operation: 'send',
		variant: FULL,
		parameters: (fake) => ({
			contractTemplateId: demo(fake).contractTemplates[1].id,
			clientId: byId(client(fake, 7).id),
			additionalFields: { companyId: (client(fake, 7).companyIds as string[])[1], variableValues: '{"term":"2 years"}' },
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/contracts',
			body: {
				contractTemplateId: demo(fake).contractTemplates[1].id,
				clientId: client(fake, 7).id,
				companyId: (client(fake, 7).companyIds as string[])[1],
				variableValues: { term: '2 years' },
			},
		}),
	},
	{
		resource: 'contract',
		operation: 'getAll',
		variant: FULL,
		parameters: (fake) => ({
			returnAll: true,
			filters: { clientId: client(fake).id, contractTemplateId: demo(fake).contractTemplates[0].id, status: 'signed' },
		}),
		request: (fake) => ({
			method: 'GET',
			path: '/v1/contracts',
			query: { clientId: client(fake).id, contractTemplateId: demo(fake).contractTemplates[0].id, status: 'signed' },
		}),
	},
	{
		resource: 'contractTemplate',
		operation: 'getAll',
		variant: FULL,
		parameters: () => ({ returnAll: true, filters: { name: 'NDA' } }),
		request: () => ({ method: 'GET', path: '/v1/contract-templates', query: { name: 'NDA', limit: '1000' } }),
	},
	{
		resource: 'customField',
		operation: 'getOptions',
		variant: FULL,
		parameters: (fake) => ({
			customFieldId: String(demo(fake).customFields.find((field) => field.type === 'multiSelect')!.id),
			returnAll: true,
			filters: { label: 'VIP' },
		}),
		request: (fake) => ({
			method: 'GET',
			path: `/v1/custom-fields/${String(demo(fake).customFields.find((field) => field.type === 'multiSelect')!.id)}/options`,
			query: { label: 'VIP' },
		}),
	},
	{
		resource: 'notification',
		operation: 'create',
		key: 'customApp',
		variant: `${FULL}, in product and by email to a client of two companies`,
		parameters: (fake) => ({
			senderId: owner(fake).id,
			delivery: 'both',
			title: 'Your contract is ready',
			additionalFields: {
				body: 'Open it to sign',
				ctaParams: '{"contract":"nda"}',
				emailSubject: 'Your contract is ready',
				emailHeader: 'Ready to sign',
				emailBody: 'Please sign your NDA.',
				emailButtonTitle: 'Sign now',
				emailCtaParams: '{"source":"email"}',
				recipientClientId: client(fake, 7).id,
				recipientCompanyId: (client(fake, 7).companyIds as string[])[0],
				senderCompanyId: company(fake).id,
			},
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/notifications',
			body: {
				senderId: owner(fake).id,
				senderCompanyId: company(fake).id,
				recipientClientId: client(fake, 7).id,
				recipientCompanyId: (client(fake, 7).companyIds as string[])[0],
				deliveryTargets: {
					inProduct: { title: 'Your contract is ready', body: 'Open it to sign', ctaParams: { contract: 'nda' } },
					email: {
						subject: 'Your contract is ready',
						header: 'Ready to sign',
						body: 'Please sign your NDA.',
						title: 'Sign now',
						ctaParams: { source: 'email' },
					},
				},
			},
		}),
	},
	{
		resource: 'notification',
		operation: 'create',
		key: 'customApp',
		variant: 'by email only, to an internal user',
		parameters: (fake) => ({
			senderId: client(fake).id,
			delivery: 'email',
			additionalFields: { emailSubject: 'A client uploaded a file', recipientInternalUserId: owner(fake).id },
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/notifications',
			body: {
				senderId: client(fake).id,
				recipientInternalUserId: owner(fake).id,
				deliveryTargets: { email: { subject: 'A client uploaded a file' } },
			},
		}),
	},
	{
		resource: 'notification',
		operation: 'getAll',
		variant: FULL,
		parameters: (fake) => ({
			returnAll: false,
			limit: 20,
			filters: {
				includeRead: true,
				recipientClientId: client(fake).id,
				recipientCompanyId: client(fake).companyId,
				recipientInternalUserId: owner(fake).id,
			},
		}),
		request: (fake) => ({
			method: 'GET',
			path: '/v1/notifications',
			query: {
				includeRead: 'true',
				recipientClientId: client(fake).id,
				recipientCompanyId: String(client(fake).companyId),
				recipientInternalUserId: owner(fake).id,
				limit: '20',
			},
		}),
		items: 0,
	},
	{
		resource: 'notification',
		operation: 'get',
		variant: 'of an unread one, without Include Read',
		parameters: (fake) => ({ notificationId: notificationFor(fake, 'unreadToGet'), includeRead: false }),
		request: (fake) => ({ method: 'GET', path: `/v1/notifications/${madeId(fake, 'unreadToGet')}`, query: { includeRead: 'false' } }),
	},
	// Task comments
	{
		resource: 'taskComment',
		operation: 'getAll',
		variant: FULL,
		parameters: (fake) => ({
			returnAll: true,
			filters: {
				taskId: demo(fake).tasks[0].id,
				parentCommentId: demo(fake).taskComments[0].id,
				createdBy: owner(fake).id,
			},
		}),
		request: (fake) => ({
			method: 'GET',
			path: '/v1/comments',
			query: { taskId: demo(fake).tasks[0].id, parentCommentId: demo(fake).taskComments[0].id, createdBy: owner(fake).id, limit: '1000' },
		}),
	},
];
