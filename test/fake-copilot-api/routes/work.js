// Tasks, task templates, notes, messages and message channels.
const { channelFields, hasMember } = require('../channels');
const { invalid } = require('../errors');
const { requireFields, requireOneOf, requireReference } = require('../validation');
const { list, remove, retrieve } = require('./generic');

const TASK_STATUSES = ['todo', 'inProgress', 'completed'];

/** Who the API acts as when a body names no sender or creator: the workspace's first internal user. */
const apiKeyOwner = (store) => store.list('internalUser')[0]?.id ?? 'api-key-owner';

/** A task moving to completed gets its completion date; one moving away loses it. */
function completion(status) {
	if (status === undefined) return {};
	return status === 'completed' ? { completedDate: new Date().toISOString() } : { completedDate: null };
}

function createTask({ store, body }) {
	requireReference(store, body, 'templateId', 'taskTemplate');
	const template = body.templateId === undefined ? undefined : store.get('taskTemplate', body.templateId);
	if (!template) requireFields(body, 'name');
	requireOneOf(body, 'status', TASK_STATUSES);
	if (body.clientId !== undefined && body.companyId === undefined) throw invalid('companyId is required when clientId is set');
	return store.add('task', {
		name: template?.name,
		description: template?.description ?? '',
		status: 'todo',
		isArchived: false,
		...body,
		...completion(body.status),
		createdBy: apiKeyOwner(store),
		createdDate: new Date().toISOString(),
	});
}

function updateTask({ store, params, body }) {
	const task = store.find('task', params.id, 'Task');
	requireOneOf(body, 'status', TASK_STATUSES);
	return store.update('task', task.id, { ...body, ...completion(body.status) });
}

function sendMessage({ store, body }) {
	requireFields(body, 'text', 'channelId');
	requireReference(store, body, 'channelId', 'messageChannel');
	return store.add('message', { senderId: apiKeyOwner(store), isAttachmentIncluded: false, ...body });
}

function createNote({ store, body }) {
	requireFields(body, 'entityType', 'entityId', 'title');
	requireOneOf(body, 'entityType', ['client', 'company']);
	return store.add('note', { content: '', creatorId: apiKeyOwner(store), ...body });
}

function updateNote({ store, params, body }) {
	const note = store.find('note', params.id, 'Note');
	return store.update('note', note.id, body);
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
	['GET', '/v1/messages', list('message', { filters: ['channelId'], newestFirst: true })],
	['POST', '/v1/message-channels', ({ store, body }) => store.add('messageChannel', channelFields(body))],
	[
		'GET',
		'/v1/message-channels',
		list('messageChannel', { filters: ['membershipType', 'membershipEntityId', 'clientId'], where: hasMember }),
	],
	['GET', '/v1/message-channels/{id}', retrieve('messageChannel', 'Message channel')],
	['POST', '/v1/notes', createNote],
	['GET', '/v1/notes', list('note', { filters: ['entityType', 'entityId'], defaultLimit: 20 })],
	['GET', '/v1/notes/{id}', retrieve('note', 'Note')],
	['PATCH', '/v1/notes/{id}', updateNote],
	['DELETE', '/v1/notes/{id}', remove('note', 'Note')],
];
