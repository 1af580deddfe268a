// Contracts, custom fields, forms and notifications.
import { byId, demo, made, madeId, notificationFor, tagsField, type OperationCase } from './helpers';

export const CASES: OperationCase[] = [
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
		request: () => ({ method: 'GET', path: '/v1/contract-templates', query: { limit: '1000' } }),
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
	// Notification
	{
		resource: 'notification',
		operation: 'create',
		key: 'customApp',
		parameters: (fake) => ({
			senderId: demo(fake).internalUsers[0].id,
			delivery: 'both',
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
			query: { includeRead: 'true', recipientClientId: demo(fake).clients[0].id, limit: '1000' },
		}),
		items: -1,
	},
	{
		resource: 'notification',
		operation: 'get',
		parameters: (fake) => ({ notificationId: demo(fake).notifications[0].id, includeRead: true }),
		request: (fake) => ({ method: 'GET', path: `/v1/notifications/${demo(fake).notifications[0].id}`, query: { includeRead: 'true' } }),
	},
	{
		resource: 'notification',
		operation: 'markRead',
		key: 'customApp',
		parameters: (fake) => ({ notificationId: notificationFor(fake, 'readMe') }),
		request: (fake) => ({ method: 'POST', path: `/v1/notifications/${madeId(fake, 'readMe')}/read` }),
	},
	{
		resource: 'notification',
		operation: 'markUnread',
		key: 'customApp',
		parameters: (fake) => ({ notificationId: notificationFor(fake, 'unreadMe') }),
		request: (fake) => ({ method: 'POST', path: `/v1/notifications/${madeId(fake, 'unreadMe')}/unread` }),
	},
	{
		resource: 'notification',
		operation: 'delete',
		key: 'customApp',
		parameters: (fake) => ({ notificationId: notificationFor(fake, 'deleteMe') }),
		request: (fake) => ({ method: 'DELETE', path: `/v1/notifications/${madeId(fake, 'deleteMe')}` }),
	},
];
