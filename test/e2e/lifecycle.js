// Restarts, unpublishing and the final accounting, run last against the same n8n.
const { waitForWebhook } = require('../../scripts/lib/n8n/api');
const { postSigned } = require('../../scripts/lib/http/signed-request');
const { API_KEY, SECRET, sample, settle } = require('./context');

function registerLifecycleTests(ctx) {
	test('after a restart of n8n the published workflow still receives events', async () => {
		await ctx.n8n.stop();
		ctx.n8n = await ctx.startN8n(ctx.n8n.port);
		await waitForWebhook(ctx.workflows.events.url);
		const event = sample('client.updated', ctx.nextId('after-restart'));
		await ctx.send('events', event, {}, 200);
		const seen = await settle(
			async () => ctx.sink.itemsAt('/events').filter((item) => item.data.id === event.data.id).length,
			1,
		);
		expect(seen).toBe(1);
		ctx.sentTo('events').accepted.push(event.data.id);
		ctx.summary.accepted += 1;
		ctx.summary.checks++;
	}, 5 * 60 * 1000);

	test('once unpublished, the URL answers 404 and nothing runs', async () => {
		await ctx.client.deactivate(ctx.workflows.events.id);
		await waitForWebhook(ctx.workflows.events.url, { registered: false });
		const before = (await ctx.executionsOf('events')).length;
		const event = sample('client.updated', ctx.nextId('unpublished'));
		const result = await postSigned(ctx.workflows.events.url, JSON.stringify(event), SECRET);
		expect(result.status).toBe(404);
		// A genuine event to a workflow still published runs: the unpublished one had its chance first.
		await ctx.genuineEventRuns('eventsV1', 'after-unpublishing');
		expect((await ctx.executionsOf('events')).length).toBe(before);
		ctx.summary.refused += 1;
		ctx.summary.checks++;
	});

	test('every accepted event ran exactly once and no refused one ran at all', async () => {
		for (const [key, { accepted, refused }] of Object.entries(ctx.sent)) {
			const ids = (await ctx.triggerItemsOf(key)).map((item) => item.data.id);
			for (const id of accepted) expect({ key, id, runs: ids.filter((seen) => seen === id).length }).toEqual({ key, id, runs: 1 });
			for (const id of refused) expect({ key, id, ran: ids.includes(id) }).toEqual({ key, id, ran: false });
		}
		ctx.summary.checks++;
	});

	test('neither the signing secret nor any API key appears in items, answers or n8n’s debug log', async () => {
		const items = JSON.stringify([...ctx.sink.received, ...(await ctx.triggerItemsOf('events'))]);
		const answers = ctx.answers.join('\n');
		const logs = ctx.logs();
		expect(logs).toMatch(/debug/i);
		for (const secret of [SECRET, API_KEY, ...ctx.extraSecrets]) {
			expect(items).not.toContain(secret);
			expect(answers).not.toContain(secret);
			expect(logs).not.toContain(secret);
		}
		ctx.summary.checks++;
	});
}

module.exports = { registerLifecycleTests };
