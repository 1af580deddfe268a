// Contracts and their templates, forms and form responses, custom fields and notifications.
const { invalid } = require('../errors');
const { isObject, requireFields, requireNonEmptyArray, requireObject, requireReference } = require('../validation');
const { list, remove, retrieve } = require('./generic');

function sendContract({ store, body }) {
	requireFields(body, 'contractTemplateId', 'clientId');
	requireReference(store, body, 'contractTemplateId', 'contractTemplate');
	requireReference(store, body, 'clientId', 'client');
	requireObject(body, 'variableValues');
	const template = store.get('contractTemplate', body.contractTemplateId);
	return store.add('contract', {
		...body,
		name: template.name,
		recipientId: body.clientId,
		status: 'pending',
		shareDate: new Date().toISOString(),
	});
}

/** One pending form response per client and company asked, answered together as `{ data }`. */
function requestFormResponse({ store, body }) {
	requireFields(body, 'formId', 'clientCompanyIds');
	requireReference(store, body, 'formId', 'form');
	requireNonEmptyArray(body, 'clientCompanyIds');
	for (const recipient of body.clientCompanyIds) {
		if (!isObject(recipient)) throw invalid('clientCompanyIds must hold objects of clientId and companyId');
		requireFields(recipient, 'clientId', 'companyId');
	}
	const form = store.get('form', body.formId);
	const data = body.clientCompanyIds.map(({ clientId, companyId }) =>
		store.add('formResponse', {
			formId: form.id,
			formName: form.name,
			formDescription: form.description,
			clientId,
			companyId,
			status: 'pending',
		}),
	);
	return { data };
}

function listFormResponses({ store, params }) {
	const form = store.find('form', params.id, 'Form');
	return { data: store.list('formResponse').filter((response) => response.formId === form.id) };
}

function listCustomFieldOptions({ store, params, query }) {
	const field = store.find('customField', params.id, 'Custom field');
	const options = store.list('customFieldOption').filter((option) => option.customFieldId === field.id);
	return { data: query.label ? options.filter((option) => option.label === query.label) : options };
}

function createNotification({ store, body }) {
	requireFields(body, 'senderId');
	requireObject(body, 'deliveryTargets');
	// recipientId is Copilot's deprecated name for recipientClientId, still accepted.
	if ([body.recipientClientId, body.recipientInternalUserId, body.recipientId].every((id) => id === undefined || id === '')) {
		throw invalid('recipientClientId or recipientInternalUserId is required');
	}
	return store.add('notification', { event: 'customNotification', ...withReadState(body, false) });
}

/** Copilot keeps "read" in two places: on the notification and on its in-product delivery. */
function withReadState(notification, isRead) {
	const deliveryTargets = { ...notification.deliveryTargets, inProduct: { ...notification.deliveryTargets?.inProduct, isRead } };
	return { ...notification, isRead, deliveryTargets };
}

function mark(isRead) {
	return ({ store, params }) => {
		const notification = store.find('notification', params.id, 'Notification');
		return store.update('notification', notification.id, withReadState(notification, isRead));
	};
}

/** Unread only, unless `includeRead=true`. */
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
