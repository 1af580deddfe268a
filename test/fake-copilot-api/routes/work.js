// Tasks, task templates, notes, messages and message channels.
const { channelFields, memberOf } = require('../channels');
const { invalid, requireFields, requireOneOf } = require('../errors');
const { list, remove, retrieve } = require('./generic');

const TASK_STATUSES = ['todo', 'inProgress', 'completed'];

function createTask({ store, body }) {
	const template = body.templateId === undefined ? undefined : store.get('taskTemplate', body.templateId);
	if (body.templateId !== undefined && !template) throw invalid('templateId does not match a task template');
	if (!template) requireFields(body, 'name');
	requireOneOf(body, 'status', TASK_STATUSES);
	if (body.clientId !== undefined && body.companyId === undefined) throw invalid('companyId is required when clientId is set');
	return store.add('task', {
		name: template?.name,
		description: template?.description,
		status: 'todo',
		isArchived: false,
		...body,
		createdBy: 'api',
		createdDate: new Date().toISOString(),
	});
}

function updateTask({ store, params, body }) {
	const task = store.find('task', params.id, 'Task');
	requireOneOf(body, 'status', TASK_STATUSES);
	return store.update('task', task.id, body);
}

function sendMessage({ store, body }) {
	requireFields(body, 'text', 'channelId');
	if (!store.get('messageChannel', body.channelId)) throw invalid('channelId does not match a message channel');
	return store.add('message', { senderId: 'api-key-owner', isAttachmentIncluded: false, ...body });
}

function listMessages({ store, query }) {
	const newestFirst = store.list('message').reverse();
	return list('message', { filters: ['channelId'] })({ store: { list: () => newestFirst }, query });
}

function createNote({ store, body }) {
	requireFields(body, 'entityType', 'entityId', 'title');
	requireOneOf(body, 'entityType', ['client', 'company']);
	return store.add('note', { content: '', creatorId: 'api-key-owner', ...body });
}

function updateNote({ store, params, body }) {
	store.find('note', params.id, 'Note');
	return store.update('note', params.id, body);
}

module.exports = [
	['POST', '/v1/tasks', createTask],
	['GET', '/v1/tasks', list('task', { filters: ['createdBy', 'parentTaskId', 'status', 'clientId', 'internalUserId', 'companyId'] })],
	['GET', '/v1/tasks/{id}', retrieve('task', 'Task')],
	['PATCH', '/v1/tasks/{id}', updateTask],
	['DELETE', '/v1/tasks/{id}', remove('task', 'Task')],
	['GET', '/v1/task-templates', list('taskTemplate')],
	['GET', '/v1/task-templates/{id}', retrieve('taskTemplate', 'Task template')],
	['POST', '/v1/messages', sendMessage],
	['GET', '/v1/messages', listMessages],
	['POST', '/v1/message-channels', ({ store, body }) => store.add('messageChannel', channelFields(body))],
	[
		'GET',
		'/v1/message-channels',
		list('messageChannel', { filters: ['membershipType', 'membershipEntityId', 'clientId'], where: memberOf }),
	],
	['GET', '/v1/message-channels/{id}', retrieve('messageChannel', 'Message channel')],
	['POST', '/v1/notes', createNote],
	['GET', '/v1/notes', list('note', { filters: ['entityType', 'entityId'], defaultLimit: 20 })],
	['GET', '/v1/notes/{id}', retrieve('note', 'Note')],
	['PATCH', '/v1/notes/{id}', updateNote],
	['DELETE', '/v1/notes/{id}', remove('note', 'Note')],
];

