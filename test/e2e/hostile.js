// Hostile and odd requests through a real n8n: a clear 4xx (or the 200 the contract gives), never
// an execution that should not run, and n8n healthy afterwards.
const { gzipSync } = require('node:zlib');

const { copilotSignature } = require('../../scripts/lib/http/signed-request');
const { PAYLOAD_LIMIT_MIB, SECRET, sample, settle, sleep } = require('./context');

const nested = (depth, open, close, leaf = '1') => `${open.repeat(depth)}${leaf}${close.repeat(depth)}`;

/**
 * The hostile requests against the workflow `key`, whose trigger is of node version `version`:
 * n8n treats the bodies of version 1 start nodes differently from later ones.
 */
function registerHostileInputTests(ctx, key, version) {
	const sent = () => ctx.sentTo(key);
	const answer = (label, text) => ctx.summary.n8nAnswers.push(`v${version} ${label}: ${text}`);
	/**
	 * Sends a request that must start nothing; records what answered it for the README table.
	 * `answeredBy: 'n8n'` marks requests n8n refuses before our node runs, with statuses of its own.
	 */
	async function refused(label, body, options = {}, { answeredBy = 'trigger' } = {}) {
		const before = (await ctx.executionsOf(key)).length;
		const result = await ctx.send(key, body, options);
		const detail = answeredBy === 'n8n' ? ` ${result.body.slice(0, 120)}` : '';
		answer(label, `${result.status}${detail}`);
		expect(result.status).toBeGreaterThanOrEqual(400);
		if (answeredBy === 'trigger') expect(result.status).toBeLessThan(500);
		await sleep(300);
		expect((await ctx.executionsOf(key)).length).toBe(before);
		ctx.summary.refused += 1;
		return result;
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
		await refused('empty body', '');
		await refused('null body', 'null');
		await refused('array body', '[{"eventType":"client.updated","data":{}}]');
		await refused('string body', '"client.updated"');
		await refused('number body', '42');
		ctx.summary.checks++;
	});

	test(`v${version}: 10,000-deep nested arrays and objects are refused without harm`, async () => {
		await refused('10,000-deep array body', nested(10_000, '[', ']'));
		await refused('10,000-deep object body', nested(10_000, '{"a":', '}'));
		await refused('10,000-deep object without eventType', `{"data":${nested(10_000, '{"a":', '}')}}`);
		ctx.summary.checks++;
	});

	test(`v${version}: a body at n8n’s size limit runs once; one above it is refused by n8n`, async () => {
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
		ctx.summary.checks++;
	}, 120_000);

	test(`v${version}: invalid UTF-8 is refused, whatever the content type`, async () => {
		const invalid = Buffer.concat([Buffer.from('{"eventType":"client.updated","data":{"givenName":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}')]);
		await refused('invalid UTF-8 (application/json)', invalid);
		const plain = await refused('invalid UTF-8 (text/plain)', invalid, { headers: { 'content-type': 'text/plain' } });
		expect(JSON.parse(plain.body).message).toMatch(/UTF-8/);
		ctx.summary.checks++;
	});

	test(`v${version}: a signed event with another content type is still verified over its bytes and runs`, async () => {
		const event = sample('client.updated', ctx.nextId('text-plain'));
		await accepted('valid event as text/plain', event, JSON.stringify(event), { headers: { 'content-type': 'text/plain' } });
		const forged = sample('client.updated', ctx.nextId('forged-text'));
		await refused('forged event as text/plain', JSON.stringify(forged), {
			signature: copilotSignature('other', SECRET),
			headers: { 'content-type': 'text/plain' },
		});
		sent().refused.push(forged.data.id);
		ctx.summary.checks++;
	});

	test(`v${version}: a signed event in a body type n8n does not parse ${version === 1 ? 'still runs' : 'gets 415'}`, async () => {
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
		await sleep(300);
		expect((await ctx.executionsOf(key)).length).toBe(before);
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
