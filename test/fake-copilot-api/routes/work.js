// Tasks, task templates, notes, messages and message channels.
const { channelFields, hasMember } = require('../channels');
const { behaviour, enforce, isUuid } = require('../server-rules');
const { requireReference } = require('../validation');
const { list, remove, retrieve } = require('./generic');

const TASK_STATUSES = ['todo', 'inProgress', 'completed'];
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Who the API acts as when a body names no sender or creator: the workspace's first internal user. */
const apiKeyOwner = (store) => store.list('internalUser')[0]?.id ?? 'api-key-owner';

/** A task moving to completed gets its completion date; one moving away loses it. */
function completion(status) {
	if (status === undefined) return {};
	return status === 'completed' ? { completedDate: new Date().toISOString() } : { completedDate: null };
}

const given = (value) => value !== undefined && value !== null && value !== '';

/** The date the tasks server keeps of a due date: the UTC date of the time it is sent (dateHelper.ts, rfc3339ToDateString). */
const utcDateOf = (dueDate) => new Date(dueDate).toISOString().slice(0, 10);

/** The body with its due date as the server keeps and answers it: that date at 00:00Z (public.serializer.ts, toRFC3339). */
const withStoredDueDate = (body) => (given(body.dueDate) ? { ...body, dueDate: `${utcDateOf(body.dueDate)}T00:00:00Z` } : body);

/** The rules create and update share: ids, name, due date, assignee pairs, viewers. */
function checkTaskFields(store, body) {
	const ids = ['internalUserId', 'clientId', 'companyId', 'parentTaskId', 'templateId'].filter((field) => given(body[field]));
	for (const field of ids) enforce('task-ids-uuid', isUuid(body[field]), `${field} must be a valid UUID`);
	for (const viewer of body.viewers ?? []) {
		enforce('task-ids-uuid', isUuid(viewer.companyId) && (viewer.clientId === undefined || isUuid(viewer.clientId)), 'viewers must name valid UUIDs');
	}
	enforce('task-name-length', body.name === undefined || String(body.name).length <= 255, 'name must be at most 255 characters');
	if (given(body.dueDate)) {
		enforce('task-due-date', RFC3339.test(body.dueDate), 'Invalid RFC3339 datetime string');
		enforce('task-due-date', utcDateOf(body.dueDate) >= new Date().toISOString().slice(0, 10), 'Due date cannot be in the past');
	}
	enforce(
		'task-assignee-exclusive',
		!(given(body.internalUserId) && (given(body.clientId) || given(body.companyId))),
		'internalUserId cannot be combined with clientId or companyId',
	);
	const [viewer] = body.viewers ?? [];
	if (viewer) {
		const company = store.get('company', viewer.companyId);
		const client = viewer.clientId === undefined ? undefined : store.get('client', viewer.clientId);
		const belongs = viewer.clientId === undefined ? Boolean(company) : Boolean(client?.companyIds?.includes(viewer.companyId));
		enforce('task-viewer-company', belongs, 'Invalid companyId for the provided viewer.');
	}
}

function createTask({ store, body }) {
	requireReference(store, body, 'templateId', 'taskTemplate');
	requireReference(store, body, 'clientId', 'client');
	const template = body.templateId === undefined ? undefined : store.get('taskTemplate', body.templateId);
	checkTaskFields(store, body);
	enforce('task-name-or-template', template || given(String(body.name ?? '').trim()), 'Name is required when templateId is not provided');
	enforce(
		'task-status-or-template',
		template || TASK_STATUSES.includes(body.status),
		'Status is required and must be valid when templateId is not provided',
	);
	const companyId = given(body.clientId) && !given(body.companyId) ? onlyCompanyOf(store, body.clientId) : body.companyId;
	enforce(
		'task-assignee',
		given(body.internalUserId) || given(body.clientId) || given(companyId),
		'At least one of internalUserId, clientId, or companyId is required',
	);
	enforce('task-viewers-internal-user', !(body.viewers?.length > 0) || given(body.internalUserId), 'Task cannot be created with viewers if its not assigned to an IU.');
	return store.add('task', {
		status: 'todo',
		isArchived: false,
		viewers: [],
		...withStoredDueDate(body),
		...(template ? fromTemplate(template, body) : {}),
		...(companyId === undefined ? {} : { companyId }),
		...completion(body.status),
		createdBy: apiKeyOwner(store),
		createdDate: new Date().toISOString(),
	});
}

/**
 * A task's name and description from its template: what the body gives goes first, joined to the
 * template's with a space (a name equal to the template's is not repeated), as the tasks server does.
 */
function fromTemplate(template, body) {
	behaviour('task-template-join');
	const name = String(body.name ?? '');
	const description = String(body.description ?? '');
	return {
		name: (name !== '' && name !== template.name ? `${name} ` : '') + template.name,
		description: (description !== '' ? `${description} ` : '') + (template.description ?? ''),
	};
}

/** The tasks of a task, and theirs, and so on. */
function subtasksOf(store, taskId) {
	const children = store.list('task').filter((task) => task.parentTaskId === taskId);
	return children.flatMap((child) => [child, ...subtasksOf(store, child.id)]);
}

/**
 * The tasks server deletes a task with subtasks only when asked `recursive` (any value it is given
 * counts, "false" too: it coerces to a boolean), the subtasks with it; it answers the deleted task.
 */
function deleteTask({ store, params, query }) {
	behaviour('task-delete-answer');
	const task = store.find('task', params.id, 'Task');
	const subtasks = subtasksOf(store, task.id);
	const recursive = query.recursive !== undefined && query.recursive !== '';
	enforce('task-delete-subtasks', recursive || subtasks.length === 0, 'Cannot delete task with subtasks. Use recursive delete instead.');
	for (const subtask of subtasks) store.remove('task', subtask.id);
	store.remove('task', task.id);
	return { ...task, isDeleted: true, deletedDate: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), deletedBy: apiKeyOwner(store) };
}

/** The tasks server fills in the company of a client who has one, and refuses one with several. */
function onlyCompanyOf(store, clientId) {
	const companies = store.get('client', clientId)?.companyIds ?? [];
	enforce('task-client-company', companies.length === 1, 'companyId must be provided for clients with more than one company');
	return companies[0];
}

function updateTask({ store, params, body }) {
	const task = store.find('task', params.id, 'Task');
	checkTaskFields(store, body);
	enforce('task-name-length', body.name === undefined || String(body.name).trim() !== '', 'Name must not be empty');
	enforce('task-update-client-company', !given(body.clientId) || given(body.companyId), 'companyId is required when clientId is provided');
	return store.update('task', task.id, { ...withStoredDueDate(body), ...completion(body.status) });
}

function sendMessage({ store, body }) {
	requireReference(store, body, 'channelId', 'messageChannel');
	return store.add('message', { senderId: apiKeyOwner(store), isAttachmentIncluded: false, ...body });
}

function createNote({ store, body }) {
	return store.add('note', { content: '', creatorId: apiKeyOwner(store), ...body });
}

function updateNote({ store, params, body }) {
	const note = store.find('note', params.id, 'Note');
	return store.update('note', note.id, body);
}

module.exports = [
	['POST', '/v1/tasks', createTask, 'createTask'],
	[
		'GET',
		'/v1/tasks',
		list('task', { filters: ['createdBy', 'parentTaskId', 'status', 'clientId', 'internalUserId', 'companyId'] }),
		'retrieveTasks',
	],
	['GET', '/v1/tasks/{id}', retrieve('task', 'Task'), 'retrieveTask'],
	['PATCH', '/v1/tasks/{id}', updateTask, 'updateTask'],
	['DELETE', '/v1/tasks/{id}', deleteTask, 'deleteTask'],
	['GET', '/v1/task-templates', list('taskTemplate'), 'listTaskTemplates'],
	['GET', '/v1/task-templates/{id}', retrieve('taskTemplate', 'Task template'), 'retrieveTaskTemplate'],
	['POST', '/v1/messages', sendMessage, 'sendMessage'],
	['GET', '/v1/messages', list('message', { filters: ['channelId'], newestFirst: true }), 'listMessages'],
	['POST', '/v1/message-channels', ({ store, body }) => store.add('messageChannel', channelFields(store, body)), 'createMessageChannel'],
	[
		'GET',
		'/v1/message-channels',
		list('messageChannel', { filters: ['membershipType', 'membershipEntityId', 'clientId'], where: hasMember }),
		'listMessageChannels',
	],
	['GET', '/v1/message-channels/{id}', retrieve('messageChannel', 'Message channel'), 'retrieveMessageChannel'],
	['POST', '/v1/notes', createNote, 'createNote'],
	['GET', '/v1/notes', list('note', { filters: ['entityType', 'entityId'], defaultLimit: 20 }), 'listNotes'],
	['GET', '/v1/notes/{id}', retrieve('note', 'Note'), 'retrieveNote'],
	['PATCH', '/v1/notes/{id}', updateNote, 'updateNote'],
	['DELETE', '/v1/notes/{id}', remove('note', 'Note'), 'deleteNote'],
];
