// Contracts and their templates, forms and form responses, custom fields and notifications.
const { behaviour, companyForClient, enforce } = require('../server-rules');
const { requireNonEmptyArray, requireReference } = require('../validation');
const { list, remove, retrieve } = require('./generic');

function sendContract({ store, body }) {
	requireReference(store, body, 'contractTemplateId', 'contractTemplate');
	requireReference(store, body, 'clientId', 'client');
	const companyId = companyForClient(store, body.clientId, body.companyId);
	const template = store.get('contractTemplate', body.contractTemplateId);
	return store.add('contract', {
		...body,
		...(companyId === undefined ? {} : { companyId }),
		name: template.name,
		recipientId: body.clientId,
		status: 'pending',
		shareDate: new Date().toISOString(),
	});
}

/** One pending form response per client and company asked, answered together as `{ data }`. */
function requestFormResponse({ store, body }) {
	requireReference(store, body, 'formId', 'form');
	requireNonEmptyArray(body, 'clientCompanyIds');
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
	// recipientId is Copilot's deprecated name for recipientClientId, still accepted.
	enforce(
		'notification-recipient',
		[body.recipientClientId, body.recipientInternalUserId, body.recipientId].some((id) => id !== undefined && id !== ''),
		'recipientClientId or recipientInternalUserId is required',
	);
	const recipientCompanyId = companyForClient(store, body.recipientClientId, body.recipientCompanyId, 'recipientCompanyId');
	companyForClient(store, body.senderId, body.senderCompanyId, 'senderCompanyId');
	return store.add('notification', {
		event: 'customNotification',
		...withReadState(body, false),
		...(recipientCompanyId === undefined ? {} : { recipientCompanyId }),
	});
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

/** One notification; a read one only with `includeRead=true` (rule notification-get-read). */
const listUnreadNotifications = list('notification', {
	filters: ['recipientId', 'recipientClientId', 'recipientCompanyId', 'recipientInternalUserId'],
	where: unreadUnlessAsked,
});

function listNotifications(request) {
	behaviour('notifications-paged');
	return listUnreadNotifications(request);
}

function retrieveNotification({ store, params, query }) {
	const notification = store.find('notification', params.id, 'Notification');
	enforce('notification-get-read', unreadUnlessAsked(notification, query), 'Notification not found');
	return notification;
}

module.exports = [
	['POST', '/v1/contracts', sendContract, 'sendContract'],
	['GET', '/v1/contracts', list('contract', { filters: ['contractTemplateId', 'recipientId', 'status', 'clientId'], paginated: false }), 'listContracts'],
	['GET', '/v1/contracts/{id}', retrieve('contract', 'Contract'), 'retrieveContract'],
	['GET', '/v1/contract-templates', list('contractTemplate', { filters: ['name'] }), 'listContractTemplates'],
	['GET', '/v1/contract-templates/{id}', retrieve('contractTemplate', 'Contract template'), 'retrieveContractTemplate'],
	['GET', '/v1/forms', list('form'), 'listForms'],
	['GET', '/v1/forms/{id}', retrieve('form', 'Form'), 'retrieveForm'],
	['POST', '/v1/form-responses', requestFormResponse, 'requestFormResponse'],
	['GET', '/v1/forms/{id}/form-responses', listFormResponses, 'listFormResponses'],
	['GET', '/v1/custom-fields', list('customField', { filters: ['entityType'], paginated: false }), 'listCustomFields'],
	['GET', '/v1/custom-fields/{id}/options', listCustomFieldOptions, 'listCustomFieldOptions'],
	['GET', '/v1/notifications', listNotifications, 'listNotifications'],
	['GET', '/v1/notifications/{id}', retrieveNotification, 'retrieveNotification'],
	['POST', '/v1/notifications', createNotification, 'createNotification'],
	['DELETE', '/v1/notifications/{id}', remove('notification', 'Notification'), 'deleteNotification'],
	['POST', '/v1/notifications/{id}/read', mark(true), 'markNotificationRead'],
	['POST', '/v1/notifications/{id}/unread', mark(false), 'markNotificationUnread'],
];
