// The Respond option through a real n8n: answering when the workflow has finished.
const { freePort } = require('../../scripts/lib/http/free-port');
const { sample } = require('./context');
const { triggerToSink } = require('./workflows');

function registerRespondTests(ctx) {
	beforeAll(async () => {
		const options = { respond: 'whenWorkflowFinishes' };
		await ctx.publish(
			'afterRun',
			triggerToSink({
				name: 'Copilot, answered after the run',
				webhookId: '0e2e0000-0000-4000-8000-000000000011',
				options,
				credential: ctx.credential,
				sinkUrl: `${ctx.sink.url}/after-run`,
			}),
		);
		// The same with an expression among the trigger's parameters: n8n 2.x then resolves the
		// response mode through its expression engine instead of natively.
		await ctx.publish(
			'afterRunWithExpression',
			triggerToSink({
				name: 'Copilot, answered after the run, parameters with an expression',
				webhookId: '0e2e0000-0000-4000-8000-000000000013',
				options: { ...options, customEvents: '={{ "" }}' },
				credential: ctx.credential,
				sinkUrl: `${ctx.sink.url}/after-run-expression`,
			}),
		);
		// A workflow whose second node cannot reach its server, so that every run fails.
		await ctx.publish(
			'afterRunFailing',
			triggerToSink({
				name: 'Copilot, answered after a failing run',
				webhookId: '0e2e0000-0000-4000-8000-000000000012',
				options,
				credential: ctx.credential,
				sinkUrl: `http://127.0.0.1:${await freePort()}/nobody-listens`,
			}),
		);
	}, 120_000);

	test('Respond When Workflow Finishes: the 200 comes once the workflow has run; a failed run gets 500, so Copilot retries', async () => {
		const event = sample('client.updated', ctx.nextId('after-run'));
		const answered = await ctx.send('afterRun', event);
		expect(answered).toEqual({ status: 200, body: '' });
		// The workflow's last node had already handed the item over when the 200 arrived.
		expect(ctx.sink.itemsAt('/after-run').map((item) => item.data.id)).toEqual([event.data.id]);

		const dynamic = sample('client.updated', ctx.nextId('after-run-expression'));
		expect(await ctx.send('afterRunWithExpression', dynamic)).toEqual({ status: 200, body: '' });
		expect(ctx.sink.itemsAt('/after-run-expression').map((item) => item.data.id)).toEqual([dynamic.data.id]);

		const failing = sample('client.updated', ctx.nextId('after-failed-run'));
		const failed = await ctx.send('afterRunFailing', failing);
		expect(failed.status).toBe(500);
		const executions = await ctx.executionsOf('afterRunFailing');
		expect(executions.map((execution) => execution.status)).toEqual(['error']);
		ctx.summary.n8nAnswers.push(`a failed run with Respond When Workflow Finishes: ${failed.status} ${failed.body}`);
		ctx.summary.accepted += 3;
		ctx.summary.checks++;
	});
}

module.exports = { registerRespondTests };
