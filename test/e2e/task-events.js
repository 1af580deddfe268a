// Task events as Copilot's Tasks app sends them (the task as it is now, never its previous values)
// through a real n8n: Only When Fields Changed lets them through unless told otherwise.
const { sample, settle } = require('./context');
const { triggerToSink } = require('./workflows');

function registerTaskEventTests(ctx) {
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
}

module.exports = { registerTaskEventTests };
