// Tasks, notes and messages.
import { byId, demo, fromList, inDays, sentAsDueDate, made, madeId, type OperationCase } from './helpers';

const DUE = inDays(30);
const DUE_SENT = sentAsDueDate(DUE);

export const CASES: OperationCase[] = [
	// Task and task template
	{
		resource: 'task',
		operation: 'create',
		parameters: (fake) => ({
			name: 'Upload your engagement letter',
			additionalFields: {
				clientId: demo(fake).clients[0].id,
				companyId: demo(fake).clients[0].companyId,
				dueDate: DUE,
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
				dueDate: DUE_SENT,
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
		request: () => ({ method: 'GET', path: '/v1/tasks', query: { status: 'todo', limit: '1000' } }),
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
	// Task comment
	{
		resource: 'taskComment',
		operation: 'get',
		parameters: (fake) => ({ commentId: demo(fake).taskComments[0].id }),
		request: (fake) => ({ method: 'GET', path: `/v1/comments/${demo(fake).taskComments[0].id}` }),
	},
	{
		resource: 'taskComment',
		operation: 'getAll',
		parameters: (fake) => ({ returnAll: false, limit: 2, filters: { taskId: demo(fake).tasks[0].id } }),
		request: (fake) => ({ method: 'GET', path: '/v1/comments', query: { taskId: demo(fake).tasks[0].id, limit: '2' } }),
		items: 2,
	},
	{
		resource: 'taskComment',
		operation: 'delete',
		parameters: (fake) => ({ commentId: made(fake, 'comment', 'taskComment', { taskId: demo(fake).tasks[1].id, content: 'Scratch', createdBy: demo(fake).internalUsers[0].id }) }),
		request: (fake) => ({ method: 'DELETE', path: `/v1/comments/${madeId(fake, 'comment')}` }),
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
		request: () => ({ method: 'GET', path: '/v1/task-templates', query: { limit: '1000' } }),
		items: -1,
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
			query: { entityType: 'client', entityId: demo(fake).clients[0].id, limit: '1000' },
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
		request: (fake) => ({ method: 'GET', path: '/v1/messages', query: { channelId: demo(fake).messageChannels[0].id, limit: '1000' } }),
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
			query: { clientId: demo(fake).clients[0].id, membershipType: 'individual', limit: '1000' },
		}),
		items: 1,
	},
];
