// Contracts and their templates, forms and form responses, custom fields and notifications.
const { invalid, requireFields } = require('../errors');
const { list, remove, retrieve } = require('./generic');

function sendContract({ store, body }) {
	requireFields(body, 'contractTemplateId', 'clientId');
	const template = store.get('contractTemplate', body.contractTemplateId);
	if (!template) throw invalid('contractTemplateId does not match a contract template');
	if (!store.get('client', body.clientId)) throw invalid('clientId does not match a client');
	return store.add('contract', {
		...body,
		name: template.name,
		recipientId: body.clientId,
		status: 'pending',
		shareDate: new Date().toISOString(),
	});
}

function requestFormResponse({ store, body }) {
	requireFields(body, 'formId', 'clientCompanyIds');
	const form = store.get('form', body.formId);
	if (!form) throw invalid('formId does not match a form');
	if (!Array.isArray(body.clientCompanyIds) || body.clientCompanyIds.length === 0) {
		throw invalid('clientCompanyIds must be a non-empty array');
	}
	const data = body.clientCompanyIds.map((recipient) => {
		requireFields(recipient, 'clientId', 'companyId');
		return store.add('formResponse', {
			formId: form.id,
			formName: form.name,
			formDescription: form.description,
			clientId: recipient.clientId,
			companyId: recipient.companyId,
			status: 'pending',
		});
	});
	return { data };
}

function listFormResponses({ store, params }) {
	store.find('form', params.id, 'Form');
	return { data: store.list('formResponse').filter((response) => response.formId === params.id) };
}

function listCustomFieldOptions({ store, params, query }) {
	store.find('customField', params.id, 'Custom field');
	const options = store.list('customFieldOption').filter((option) => option.customFieldId === params.id);
	return { data: query.label === undefined ? options : options.filter((option) => option.label === query.label) };
}

function createNotification({ store, body }) {
	requireFields(body, 'senderId');
	if (body.recipientClientId === undefined && body.recipientInternalUserId === undefined && body.recipientId === undefined) {
		throw invalid('recipientClientId or recipientInternalUserId is required');
	}
	const inProduct = { ...(body.deliveryTargets?.inProduct ?? {}), isRead: false };
	return store.add('notification', {
		...body,
		deliveryTargets: { ...body.deliveryTargets, inProduct },
		isRead: false,
		event: 'customNotification',
	});
}

function mark(isRead) {
	return ({ store, params }) => {
		const notification = store.find('notification', params.id, 'Notification');
		const inProduct = { ...(notification.deliveryTargets?.inProduct ?? {}), isRead };
		return store.update('notification', params.id, { isRead, deliveryTargets: { ...notification.deliveryTargets, inProduct } });
	};
}

const unreadUnlessAsked = (record, query) => query.includeRead === 'true' || !record.isRead;

module.exports = [
	['POST', '/v1/contracts', sendContract],
	['GET', '/v1/contracts', list('contract', { filters: ['contractTemplateId', 'recipientId', 'status', 'clientId'], paginated: false })],
	['GET', '/v1/contracts/{id}', retrieve('contract', 'Contract')],
	['GET', '/v1/contract-templates', list('contractTemplate', { filters: ['name'] })],
	['GET', '/v1/contract-templates/{id}', retrieve('contractTemplate', 'Contract template')],
	['GET', '/v1/forms', list('form')],
	['GET', '/v1/forms/{id}', retrieve('form', 'Form')],
	['POST', '/v1/form-responses', requestFormResponse],
	['GET', '/v1/forms/{id}/form-responses', listFormResponses],
	['GET', '/v1/custom-fields', list('customField', { filters: ['entityType'], paginated: false })],
	['GET', '/v1/custom-fields/{id}/options', listCustomFieldOptions],
	[
		'GET',
		'/v1/notifications',
		list('notification', {
			filters: ['recipientId', 'recipientClientId', 'recipientInternalUserId'],
			paginated: false,
			where: unreadUnlessAsked,
		}),
	],
	['POST', '/v1/notifications', createNotification],
	['DELETE', '/v1/notifications/{id}', remove('notification', 'Notification')],
	['POST', '/v1/notifications/{id}/read', mark(true)],
	['POST', '/v1/notifications/{id}/unread', mark(false)],
];
