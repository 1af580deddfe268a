// The Test URL, as the editor's "Execute step" uses it: one event per listening session, refusals shown
// in the editor, and the published workflow's Production URL untouched before, during and after.
const { nodeItems } = require('../../scripts/lib/n8n/api');
const { postSigned } = require('../../scripts/lib/http/signed-request');
const { SECRET, sample, settle, sleep } = require('./context');
const { triggerToSink } = require('./workflows');

const WEBHOOK_ID = '0e2e0000-0000-4000-8000-000000000007';
const TRIGGER = 'Copilot Trigger';

function registerTestUrlTests(ctx) {
	describe('the Test URL while a test listens', () => {
		const testUrl = () => `${ctx.n8n.baseUrl}/webhook-test/${WEBHOOK_ID}/webhook`;
		const executions = async (mode) =>
			(await ctx.executionsOf('testUrl')).filter((execution) => execution.mode === mode);
		const itemsOf = async (mode, id) =>
			(await executions(mode))
				.flatMap((execution) => nodeItems(execution, TRIGGER) ?? [])
				.filter((item) => item.data.id === id);
		const sinkItems = (id) => ctx.sink.itemsAt('/test-url').filter((item) => item.data.id === id);

		async function listen() {
			const answer = await ctx.client.listenForTestEvent(ctx.workflows.testUrl.id, TRIGGER, ctx.version);
			// n8n has registered the Test URL when it answers; a probe would use up the one event it takes.
			expect(answer).toEqual(expect.objectContaining({ waitingForWebhook: true }));
		}

		/** A signed event to the Production URL runs once, in n8n's webhook (production) mode. */
		async function productionStillWorks(label) {
			const event = sample('client.updated', ctx.nextId(label));
			const result = await postSigned(ctx.workflows.testUrl.url, JSON.stringify(event), SECRET);
			expect(result.status).toBe(200);
			expect(await settle(async () => (await itemsOf('webhook', event.data.id)).length, 1)).toBe(1);
			expect(sinkItems(event.data.id)).toHaveLength(1);
			ctx.summary.accepted += 1;
		}

		beforeAll(async () => {
			await ctx.publish(
				'testUrl',
				triggerToSink({
					name: 'Copilot events, tested from the editor',
					webhookId: WEBHOOK_ID,
					events: ['*'],
					credential: ctx.credential,
					sinkUrl: `${ctx.sink.url}/test-url`,
				}),
			);
		}, 60_000);

		test('nothing listens on the Test URL until a test starts', async () => {
			const event = sample('client.updated', ctx.nextId('not-listening'));
			const result = await postSigned(testUrl(), JSON.stringify(event), SECRET);
			expect(result.status).toBe(404);
			await productionStillWorks('before-test');
			ctx.summary.checks++;
		});

		test('one signed event runs once in manual mode and shows the item; the next finds no listener', async () => {
			await listen();
			const event = sample('client.updated', ctx.nextId('test-url'));
			const result = await postSigned(testUrl(), JSON.stringify(event), SECRET);
			expect(result.status).toBe(200);
			expect(await settle(async () => (await itemsOf('manual', event.data.id)).length, 1)).toBe(1);
			const [item] = await itemsOf('manual', event.data.id);
			expect(Object.keys(item).slice(0, 6)).toEqual(['eventType', 'resource', 'action', 'created', 'changesKnown', 'changedFields']);
			expect(item.changedFields).toEqual(['customFields.tags']);
			expect(sinkItems(event.data.id)).toHaveLength(1);

			const again = sample('client.updated', ctx.nextId('test-url-again'));
			expect((await postSigned(testUrl(), JSON.stringify(again), SECRET)).status).toBe(404);
			await sleep(500);
			expect(await itemsOf('manual', again.data.id)).toHaveLength(0);
			expect(await itemsOf('webhook', event.data.id)).toHaveLength(0);
			ctx.summary.accepted += 1;
			ctx.summary.refused += 1;
			ctx.summary.checks++;
		});

		test('a forged event is refused with its reason in the test run, emits nothing and ends the test', async () => {
			await listen();
			const before = (await executions('manual')).length;
			const event = sample('client.updated', ctx.nextId('test-url-forged'));
			const result = await postSigned(testUrl(), JSON.stringify(event), 'another-webhooks-secret');
			ctx.answers.push(result.body);
			ctx.summary.n8nAnswers.push(`Test URL, forged signature: ${result.status} ${result.body.slice(0, 120)}`);
			// Thrown rather than answered so that the editor shows it; n8n answers a thrown error with 500.
			expect(result.status).toBe(500);
			expect(await settle(async () => (await executions('manual')).length, before + 1)).toBe(before + 1);
			const [run] = await executions('manual');
			expect(run.status).toBe('error');
			expect(JSON.stringify(run.data?.resultData?.error ?? run.data)).toContain('Copilot event refused: Invalid x-copilot-signature header');
			expect(await itemsOf('manual', event.data.id)).toHaveLength(0);
			expect(sinkItems(event.data.id)).toHaveLength(0);
			expect((await postSigned(testUrl(), JSON.stringify(event), SECRET)).status).toBe(404);
			ctx.summary.refused += 1;
			ctx.summary.checks++;
		});

		test('while a test listens, the Production URL still refuses forgeries with 401 and runs signed events', async () => {
			await listen();
			const forged = sample('client.updated', ctx.nextId('production-forged'));
			const refused = await postSigned(ctx.workflows.testUrl.url, JSON.stringify(forged), 'another-webhooks-secret');
			expect(refused.status).toBe(401);
			await productionStillWorks('during-test');
			await sleep(500);
			expect(await itemsOf('webhook', forged.data.id)).toHaveLength(0);
			// The test session is still waiting for its own event.
			const event = sample('client.updated', ctx.nextId('test-url-late'));
			expect((await postSigned(testUrl(), JSON.stringify(event), SECRET)).status).toBe(200);
			expect(await settle(async () => (await itemsOf('manual', event.data.id)).length, 1)).toBe(1);
			await productionStillWorks('after-test');
			ctx.summary.refused += 1;
			ctx.summary.accepted += 1;
			ctx.summary.checks++;
		});
	});
}

module.exports = { registerTestUrlTests };
