import type { INodeParameters } from 'n8n-workflow';

import type { FakeCopilotApi } from '../fake-copilot-api';
import { runCopilotNode } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';

const API_KEY = 'tasks-test-key';

describe('Copilot node: tasks as Copilot’s tasks server treats them', () => {
	let fake: FakeCopilotApi;
	const run = (parameters: INodeParameters, onError?: 'continueRegularOutput') =>
		runCopilotNode({ parameters, credentials: { apiKey: API_KEY, baseUrl: fake.url }, onError });

	withFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false }, (started) => (fake = started), { forgetBetweenTests: false });

	beforeEach(() => fake.clearRequests());

	/** A task with a subtask that has a subtask of its own. */
	function family() {
		const parent = fake.store.add('task', { name: 'Parent', status: 'todo' });
		const child = fake.store.add('task', { name: 'Child', status: 'todo', parentTaskId: parent.id });
		const grandchild = fake.store.add('task', { name: 'Grandchild', status: 'todo', parentTaskId: child.id });
		return { parent, child, grandchild };
	}

	describe('Delete', () => {
		it('of a task with subtasks fails with Copilot’s reason and what to do, and deletes nothing', async () => {
			const { parent, child } = family();
			const error = await run({ resource: 'task', operation: 'delete', taskId: parent.id }).catch((caught: Error & { description?: string; httpCode?: string }) => caught);
			expect(error).toMatchObject({
				message: 'Cannot delete task with subtasks. Use recursive delete instead.',
				httpCode: '409',
				description: expect.stringContaining('turn on Delete Subtasks Too'),
			});
			expect(fake.requests.map((request) => [request.method, request.query, request.status])).toEqual([['DELETE', {}, 409]]);
			expect([fake.store.get('task', parent.id), fake.store.get('task', child.id)].every(Boolean)).toBe(true);
		});

		it('with On Error: Continue, gives the reason in the item', async () => {
			const { parent } = family();
			const [item] = await run({ resource: 'task', operation: 'delete', taskId: parent.id }, 'continueRegularOutput');
			expect(item.json).toEqual({ error: 'Cannot delete task with subtasks. Use recursive delete instead.', httpCode: '409' });
		});

		it('with Delete Subtasks Too sends recursive=true and deletes the task and every subtask below it', async () => {
			const { parent, child, grandchild } = family();
			const [deleted] = await run({ resource: 'task', operation: 'delete', taskId: parent.id, deleteSubtasks: true });
			expect(fake.requests.map((request) => request.query)).toEqual([{ recursive: 'true' }]);
			expect(deleted.json).toMatchObject({ id: parent.id, isDeleted: true });
			expect([parent, child, grandchild].map((task) => fake.store.get('task', task.id))).toEqual([undefined, undefined, undefined]);
		});

		it('of a task without subtasks needs no option, and never sends recursive=false (which the server reads as true)', async () => {
			const lone = fake.store.add('task', { name: 'Alone', status: 'todo' });
			await run({ resource: 'task', operation: 'delete', taskId: lone.id, deleteSubtasks: false });
			expect(fake.requests.map((request) => request.query)).toEqual([{}]);
			expect(fake.store.get('task', lone.id)).toBeUndefined();
		});
	});

	describe('Create from a template', () => {
		it('joins a name and a description given to the template’s, as Copilot does, and says so in its description', async () => {
			const [template] = fake.demo.taskTemplates;
			const [user] = fake.demo.internalUsers;
			const [task] = await run({
				resource: 'task',
				operation: 'create',
				name: 'Acme',
				additionalFields: { templateId: template.id, internalUserId: user.id, description: 'Start here.' },
			});
			expect(task.json).toMatchObject({ name: `Acme ${template.name}`, description: `Start here. ${template.description}` });
			const [same] = await run({ resource: 'task', operation: 'create', name: String(template.name), additionalFields: { templateId: template.id, internalUserId: user.id } });
			expect(same.json.name).toBe(template.name);
			const { Copilot } = await import('../../nodes/Copilot/Copilot.node');
			const name = new Copilot().description.properties.find(
				(property) => property.name === 'name' && (property.displayOptions?.show?.resource as string[])?.includes('task') && (property.displayOptions?.show?.operation as string[])?.includes('create'),
			);
			expect(name?.description).toContain('puts this name before the template’s');
		});
	});

	describe('Task Comment', () => {
		it('Get Many lists a task’s comments newest first, replies and authors filtered, paged as the tasks server pages', async () => {
			const [question, reply, later] = fake.demo.taskComments;
			const output = await run({ resource: 'taskComment', operation: 'getAll', returnAll: true, filters: { taskId: fake.demo.tasks[0].id } });
			expect(output.map((item) => item.json.id)).toEqual([later.id, reply.id, question.id]);
			const replies = await run({ resource: 'taskComment', operation: 'getAll', returnAll: true, filters: { parentCommentId: question.id } });
			expect(replies.map((item) => item.json.id)).toEqual([reply.id]);
			const byClient = await run({ resource: 'taskComment', operation: 'getAll', returnAll: true, filters: { createdBy: String(question.createdBy) } });
			expect(byClient.map((item) => item.json.id)).toEqual([later.id, question.id]);
		});

		it('Get Many pages through more comments than a page holds', async () => {
			const task = fake.store.add('task', { name: 'Busy', status: 'todo' });
			for (let index = 0; index < 1203; index++) fake.store.add('taskComment', { taskId: task.id, content: `c${index}`, createdBy: fake.demo.internalUsers[0].id });
			fake.clearRequests();
			const output = await run({ resource: 'taskComment', operation: 'getAll', returnAll: true, filters: { taskId: task.id } });
			expect(new Set(output.map((item) => item.json.id)).size).toBe(1203);
			expect(fake.requests.map((request) => request.query.limit)).toEqual(['1000', '1000']);
		});

		it('Get Many of a task that does not exist fails with the tasks server’s reason', async () => {
			await expect(
				run({ resource: 'taskComment', operation: 'getAll', returnAll: true, filters: { taskId: '00000000-0000-4000-8000-000000000000' } }),
			).rejects.toThrow('A task for the requested comment was not found');
		});

		it('Get outputs the comment itself, which Copilot answers inside data; an unknown one fails with Copilot’s reason', async () => {
			const [question] = fake.demo.taskComments;
			const [item] = await run({ resource: 'taskComment', operation: 'get', commentId: question.id });
			expect(item.json).toEqual(question);
			const missing = await run({ resource: 'taskComment', operation: 'get', commentId: 'nope' }).catch((error: Error & { httpCode?: string }) => error);
			expect(missing).toMatchObject({ message: 'The requested comment was not found', httpCode: '404' });
		});

		it('Get of an answer without a comment says there is none', async () => {
			const [question] = fake.demo.taskComments;
			fake.failNext({ status: 200, method: 'GET', path: `/v1/comments/${question.id}`, body: { data: null } });
			await expect(run({ resource: 'taskComment', operation: 'get', commentId: question.id })).rejects.toThrow(`Copilot has no task comment with the ID ${question.id}`);
		});

		it('Delete removes the comment and outputs it; a second time fails with Copilot’s reason', async () => {
			const comment = fake.store.add('taskComment', { taskId: fake.demo.tasks[0].id, content: 'Oops', createdBy: fake.demo.internalUsers[0].id });
			const [deleted] = await run({ resource: 'taskComment', operation: 'delete', commentId: comment.id });
			expect(deleted.json).toMatchObject({ id: comment.id, content: 'Oops' });
			expect(fake.store.get('taskComment', comment.id)).toBeUndefined();
			await expect(run({ resource: 'taskComment', operation: 'delete', commentId: comment.id })).rejects.toThrow('The comment to delete was not found');
		});
	});
});
