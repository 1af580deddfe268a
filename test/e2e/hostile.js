// Hostile and odd requests through a real n8n: a clear 4xx from the trigger (or the 200 the contract
// gives), n8n's own answer where n8n answers before the trigger (the same it gives its own Webhook
// node), never an execution that should not run, and n8n healthy afterwards.
const { gzipSync } = require('node:zlib');

const { copilotSignature } = require('../../scripts/lib/http/signed-request');
const { PAYLOAD_LIMIT_MIB, SECRET, sample, settle } = require('./context');

const nested = (depth, open, close, leaf = '1') => `${open.repeat(depth)}${leaf}${close.repeat(depth)}`;

/**
 * The hostile requests against the workflow `key`, whose trigger is of node version `version`:
 * n8n treats the bodies of version 1 start nodes differently from later ones.
 */
function registerHostileInputTests(ctx, key, version) {
	const sent = () => ctx.sentTo(key);
	const answer = (label, text) => ctx.summary.n8nAnswers.push(`v${version} ${label}: ${text}`);
	/**
	 * n8n's own Webhook node, published once per n8n: what n8n answers a request before any node of
	 * ours sees it is what it answers this node too.
	 */
	async function n8nsOwnAnswer(body, options = {}) {
		if (!ctx.workflows.plainWebhook) {
			const path = 'hostile-plain-webhook';
			const webhook = {
				name: 'n8n Webhook node',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '0e2e0000-0000-4000-8000-0000000000a1',
				parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
			};
			await ctx.publish('plainWebhook', { name: 'n8n Webhook node', nodes: [webhook], connections: {} }, `${ctx.n8n.baseUrl}/webhook/${path}`);
		}
		const response = await fetch(ctx.workflows.plainWebhook.url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...options.headers } });
		return { status: response.status, body: await response.text() };
	}

	/**
	 * Sends a request that must start nothing; records what answered it for the README table. The
	 * trigger answers a 4xx; where n8n answers before it (`answeredBy: 'n8n'`), the answer must be the
	 * one n8n gives its own Webhook node. Whether nothing ran is checked after the test's requests, by
	 * `nothingElseRan`.
	 */
	async function refused(label, body, options = {}, { answeredBy = 'trigger' } = {}) {
		const result = await ctx.send(key, body, options);
		const detail = answeredBy === 'n8n' ? ` ${result.body.slice(0, 120)}` : '';
		answer(label, `${result.status}${detail}`);
		if (answeredBy === 'trigger') {
			expect(result.status).toBeGreaterThanOrEqual(400);
			expect(result.status).toBeLessThan(500);
		} else {
			expect({ status: result.status, body: result.body }).toEqual(await n8nsOwnAnswer(body, options));
		}
		ctx.summary.refused += 1;
		return result;
	}

	/**
	 * Runs `requests`, then a genuine event that must run: once it has, nothing else may have run
	 * beyond the `acceptedOnes` events the requests were to run themselves.
	 */
	async function nothingElseRan(requests, acceptedOnes = 0) {
		const before = (await ctx.executionsOf(key)).length;
		await requests();
		await ctx.genuineEventRuns(key, 'after-hostile-requests');
		expect((await ctx.executionsOf(key)).length).toBe(before + acceptedOnes + 1);
	}

	/** Sends a signed event that must run exactly once. */
	async function accepted(label, event, raw, options = {}) {
		const result = await ctx.send(key, raw, options);
		answer(label, `${result.status}`);
		expect(result.status).toBe(200);
		const seen = await settle(
			async () => (await ctx.triggerItemsOf(key)).filter((item) => item.data.id === event.data.id).length,
			1,
		);
		expect(seen).toBe(1);
		sent().accepted.push(event.data.id);
		ctx.summary.accepted += 1;
	}

	test(`v${version}: empty, null, array, string and number bodies are refused`, async () => {
		await nothingElseRan(async () => {
			await refused('empty body', '');
			await refused('null body', 'null');
			await refused('array body', '[{"eventType":"client.updated","data":{}}]');
			await refused('string body', '"client.updated"');
			await refused('number body', '42');
		});
		ctx.summary.checks++;
	});

	test(`v${version}: 10,000-deep nested arrays and objects are refused without harm`, async () => {
		await nothingElseRan(async () => {
			await refused('10,000-deep array body', nested(10_000, '[', ']'));
			await refused('10,000-deep object body', nested(10_000, '{"a":', '}'));
			await refused('10,000-deep object without eventType', `{"data":${nested(10_000, '{"a":', '}')}}`);
		});
		ctx.summary.checks++;
	});

	test(`v${version}: a body at n8n’s size limit runs once; one above it is refused by n8n`, async () => {
		await nothingElseRan(async () => {
			const limit = PAYLOAD_LIMIT_MIB * 1024 * 1024;
			const event = sample('note.created', ctx.nextId('at-limit'));
			event.eventType = 'client.updated';
			event.data.content = '';
			const padding = limit - Buffer.byteLength(JSON.stringify(event)) - 1024;
			event.data.content = 'x'.repeat(padding);
			await accepted(`${PAYLOAD_LIMIT_MIB} MiB limit, body just under`, event, JSON.stringify(event));
			const over = sample('client.updated', ctx.nextId('over-limit'));
			over.data.notes = 'x'.repeat(limit + 1024);
			await refused('body above the limit', JSON.stringify(over), {}, { answeredBy: 'n8n' });
			sent().refused.push(over.data.id);
		}, 1);
		ctx.summary.checks++;
	}, 120_000);

	test(`v${version}: invalid UTF-8 is refused, whatever the content type`, async () => {
		await nothingElseRan(async () => {
			const invalid = Buffer.concat([Buffer.from('{"eventType":"client.updated","data":{"givenName":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}')]);
			await refused('invalid UTF-8 (application/json)', invalid);
			const plain = await refused('invalid UTF-8 (text/plain)', invalid, { headers: { 'content-type': 'text/plain' } });
			expect(JSON.parse(plain.body).message).toMatch(/UTF-8/);
		});
		ctx.summary.checks++;
	});

	test(`v${version}: a signed event with another content type is still verified over its bytes and runs`, async () => {
		await nothingElseRan(async () => {
			const event = sample('client.updated', ctx.nextId('text-plain'));
			await accepted('valid event as text/plain', event, JSON.stringify(event), { headers: { 'content-type': 'text/plain' } });
			const forged = sample('client.updated', ctx.nextId('forged-text'));
			await refused('forged event as text/plain', JSON.stringify(forged), {
				signature: copilotSignature('other', SECRET),
				headers: { 'content-type': 'text/plain' },
			});
			sent().refused.push(forged.data.id);
		}, 1);
		ctx.summary.checks++;
	});

	test(`v${version}: a signed event in a body type n8n does not parse ${version === 1 ? 'still runs' : 'gets 415'}`, async () => {
		await nothingElseRan(async () => {
			for (const type of ['application/octet-stream', '']) {
				const event = sample('client.updated', ctx.nextId(`type-${type || 'empty'}`));
				const label = `valid event as ${type || 'an empty content type'}`;
				const options = { headers: { 'content-type': type } };
				if (version === 1) {
					// For a version 1 start node n8n reads every body, whatever its type.
					await accepted(label, event, JSON.stringify(event), options);
				} else {
					const result = await refused(label, JSON.stringify(event), options);
					expect(result.status).toBe(415);
					expect(JSON.parse(result.body).code).toBe('unsupported_content_type');
					sent().refused.push(event.data.id);
				}
			}
		}, version === 1 ? 2 : 0);
		ctx.summary.checks++;
	});

	test(`v${version}: two signature headers and a 10 KB header are refused`, async () => {
		const event = sample('client.updated', ctx.nextId('two-headers'));
		const raw = JSON.stringify(event);
		const signature = copilotSignature(raw, SECRET);
		const headers = new Headers({ 'content-type': 'application/json' });
		headers.append('x-copilot-signature', signature);
		headers.append('x-copilot-signature', signature);
		const before = (await ctx.executionsOf(key)).length;
		const twice = await fetch(ctx.workflows[key].url, { method: 'POST', body: raw, headers });
		answer('two x-copilot-signature headers', `${twice.status}`);
		expect(twice.status).toBe(401);
		await refused('10 KB signature header', raw, { signature: 'a'.repeat(10 * 1024) });
		await ctx.genuineEventRuns(key, 'after-header-refusals');
		expect((await ctx.executionsOf(key)).length).toBe(before + 1);
		sent().refused.push(event.data.id);
		ctx.summary.checks++;
	});

	test(`v${version}: a gzip-encoded body signed over the bytes Copilot signed runs once`, async () => {
		const event = sample('task.updated', ctx.nextId('gzip'));
		event.eventType = 'client.updated';
		const raw = JSON.stringify(event);
		await accepted('gzip-encoded body', event, gzipSync(raw), {
			signature: copilotSignature(raw, SECRET),
			headers: { 'content-encoding': 'gzip' },
		});
		ctx.summary.checks++;
	});

	test(`v${version}: n8n is healthy afterwards and still runs a normal event`, async () => {
		const health = await fetch(`${ctx.n8n.baseUrl}/healthz`);
		expect(health.status).toBe(200);
		const event = sample('client.updated', ctx.nextId('after-hostile'));
		await accepted('normal event afterwards', event, JSON.stringify(event));
		expect(ctx.n8n.exited()).toBe(false);
		ctx.summary.checks++;
	});
}

module.exports = { registerHostileInputTests };
