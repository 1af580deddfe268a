// Task events as Copilot's Tasks app sends them (the task as it is now, never its previous values)
// through a real n8n: Only When Fields Changed lets them through unless told otherwise, and the
// README's recipe keeps each task's last status in an n8n Data Table to act only on a real change.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { nodeItems } = require('../../scripts/lib/n8n/api');
const { sample, settle } = require('./context');
const { triggerToSink } = require('./workflows');

const RECIPE = join(__dirname, '..', '..', 'examples', 'copilot-task-status-changes.json');
const ACTION = 'Act on the new status';

/**
 * The recipe as a user sets it up: its Data table nodes pointed at their table, the Copilot API
 * credential chosen, and Respond: When Workflow Finishes, so that each delivery's answer comes once
 * its run is over and the next event finds the table as that run left it.
 */
function recipeWorkflow(credential, dataTableId) {
	const example = JSON.parse(readFileSync(RECIPE, 'utf8'));
	const nodes = example.nodes.map((node) => {
		if (node.type.endsWith('.copilotTrigger')) {
			return {
				...node,
				parameters: { ...node.parameters, options: { ...node.parameters.options, respond: 'whenWorkflowFinishes' } },
				credentials: { copilotApi: { id: credential.id, name: credential.name } },
			};
		}
		if (node.type === 'n8n-nodes-base.dataTable') {
			return { ...node, parameters: { ...node.parameters, dataTableId: { ...node.parameters.dataTableId, value: dataTableId } } };
		}
		return node;
	});
	return { name: example.name, nodes, connections: example.connections, settings: example.settings };
}

/** The event Copilot sends for `taskId`, of `eventType`, with the task's status and name as given. */
function taskEvent(eventType, taskId, { status, name, created }) {
	const event = sample(eventType, taskId);
	Object.assign(event.data, { status, name });
	event.created = created;
	return event;
}

function registerTaskEventTests(ctx) {
	const recipe = {};

	beforeAll(async () => {
		const watchingStatus = (key, webhookId, options, path) =>
			ctx.publish(
				key,
				triggerToSink({
					name: `Copilot status changes (${key})`,
					webhookId,
					events: ['*'],
					options: { onlyWhenFieldsChanged: 'status', ...options },
					credential: ctx.credential,
					sinkUrl: `${ctx.sink.url}${path}`,
				}),
			);
		await watchingStatus('watchingStatus', '0e2e0000-0000-4000-8000-000000000031', {}, '/watching-status');
		await watchingStatus('knownStatusChanges', '0e2e0000-0000-4000-8000-000000000032', { ignoreUnknownChanges: true }, '/known-status');
		const project = await ctx.client.rest('/projects/personal');
		recipe.projectId = project.id;
		recipe.table = await ctx.client.rest(`/projects/${project.id}/data-tables`, {
			method: 'POST',
			body: JSON.stringify({
				name: 'Copilot task status',
				columns: [
					{ name: 'taskId', type: 'string' },
					{ name: 'status', type: 'string' },
				],
			}),
		});
		await ctx.publish('taskStatus', recipeWorkflow(ctx.credential, recipe.table.id));
	}, 120_000);

	test('a task event, which carries no previous values, runs a workflow watching status (changesKnown false), unless unknown changes are ignored', async () => {
		const task = sample('task.updated', ctx.nextId('task-watched'));
		await ctx.send('watchingStatus', task, {}, 200);
		await ctx.send('knownStatusChanges', task, {}, 200);
		const clientStatus = sample('client.updated', ctx.nextId('client-watched'));
		clientStatus.data.previousAttributes = { status: 'invited' };
		await ctx.send('knownStatusChanges', clientStatus, {}, 200);

		const ran = (path, id) => ctx.sink.itemsAt(path).filter((item) => item.data.id === id);
		await settle(async () => ran('/watching-status', task.data.id).length + ran('/known-status', clientStatus.data.id).length, 2);
		expect(ran('/watching-status', task.data.id)).toEqual([
			expect.objectContaining({ eventType: 'task.updated', created: task.created, changesKnown: false, changedFields: null, changes: null }),
		]);
		expect(ran('/known-status', clientStatus.data.id)).toEqual([expect.objectContaining({ changesKnown: true, changedFields: ['status'] })]);
		expect(ran('/known-status', task.data.id)).toEqual([]);
		expect(await ctx.executionsOf('watchingStatus')).toHaveLength(1);
		expect(await ctx.executionsOf('knownStatusChanges')).toHaveLength(1);
		ctx.summary.accepted += 2;
		ctx.summary.refused += 1;
		ctx.summary.checks++;
	});

	test('the task-status recipe (Data Table): the same status twice acts once, a changed status acts again', async () => {
		const taskId = ctx.nextId('task-status');
		const sent = [
			taskEvent('task.updated', taskId, { status: 'inProgress', name: 'Send onboarding pack', created: '2026-12-03T09:00:00Z' }),
			// Renamed: Copilot sends task.updated again, with the same status.
			taskEvent('task.updated', taskId, { status: 'inProgress', name: 'Send the onboarding pack', created: '2026-12-03T09:05:00Z' }),
			taskEvent('task.completed', taskId, { status: 'completed', name: 'Send the onboarding pack', created: '2026-12-03T10:00:00Z' }),
		];
		for (const event of sent) await ctx.send('taskStatus', event, {}, 200);

		const executions = (await ctx.executionsOf('taskStatus')).reverse();
		expect(executions.map((execution) => execution.status)).toEqual(['success', 'success', 'success']);
		const actions = executions.map((execution) => nodeItems(execution, ACTION) ?? []);
		expect(actions).toEqual([
			[{ taskId, task: 'Send onboarding pack', status: 'inProgress', eventType: 'task.updated', sentAt: '2026-12-03T09:00:00Z' }],
			[],
			[{ taskId, task: 'Send the onboarding pack', status: 'completed', eventType: 'task.completed', sentAt: '2026-12-03T10:00:00Z' }],
		]);
		const rows = await ctx.client.rest(`/projects/${recipe.projectId}/data-tables/${recipe.table.id}/rows`);
		expect(rows.data.map(({ taskId: id, status }) => ({ taskId: id, status }))).toEqual([{ taskId, status: 'completed' }]);
		ctx.summary.accepted += 3;
		ctx.summary.checks++;
	});
}

module.exports = { registerTaskEventTests };
