// End-to-end: our packed package installed as a community package in a real n8n, per n8n version.
const { readFileSync } = require('node:fs');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { installCommunityPackage, packPackage } = require('../../scripts/lib/community-package');
const { connect, nodeItems, waitForWebhook } = require('../../scripts/lib/n8n-api');
const { startN8n } = require('../../scripts/lib/n8n-process');
const { ensureN8n } = require('../../scripts/lib/runtime');
const { copilotSignature, postSigned } = require('../../scripts/lib/signed-request');
const { E2E_N8N_VERSIONS } = require('../../scripts/lib/versions');
const { startSink } = require('./sink');
const { exampleWorkflow, triggerToSink } = require('./workflows');

const VERSIONS = process.env.E2E_N8N_VERSIONS ? process.env.E2E_N8N_VERSIONS.split(',') : E2E_N8N_VERSIONS;
const SECRET = 'e2e-signing-secret-7f3a9c';
const EVENTS_DIR = join(__dirname, '..', '..', 'examples', 'events');

/** What each sample event's item must say about its changes: the issue's contract, written out. */
const EXPECTED_CHANGES = {
	'client.created': [],
	'client.updated': [
		{
			field: 'customFields.tags',
			previous: ['myTag1', 'myTag2'],
			current: ['myTag1', 'myTag2', 'newtagupdate'],
			added: ['newtagupdate'],
			removed: [],
		},
	],
	'company.updated': [{ field: 'name', previous: 'Acme Inc', current: 'Acme Holdings' }],
	'task.updated': [
		{ field: 'dueDate', previous: '2026-11-28', current: '2026-12-01' },
		{ field: 'status', previous: 'inProgress', current: 'completed' },
	],
	'task.completed': [],
	'file.updated': [],
	'invoice.paid': [],
	'payment.succeeded': [],
	'message.sent': [],
};
const SELECTED_EVENTS = Object.keys(EXPECTED_CHANGES);
const UNSELECTED_EVENT = 'note.created';

function sample(eventType, id) {
	const event = JSON.parse(readFileSync(join(EVENTS_DIR, `${eventType}.json`), 'utf8'));
	event.data.id = id;
	return event;
}

function expectedItem(event) {
	const { previousAttributes = null, ...data } = event.data;
	const changes = EXPECTED_CHANGES[event.eventType];
	const [resource, action] = event.eventType.split('.');
	return {
		eventType: event.eventType,
		resource,
		action,
		data,
		previousAttributes,
		changedFields: changes.map((change) => change.field),
		changes,
	};
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `count()` reaches `expected`, then waits a little more to catch any extra. */
async function settle(count, expected, { timeoutMs = 30_000, quietMs = 1500 } = {}) {
	const deadline = Date.now() + timeoutMs;
	while ((await count()) < expected && Date.now() < deadline) await sleep(200);
	await sleep(quietMs);
	return count();
}

const summaries = [];

afterAll(() => {
	process.stdout.write(
		`\nEnd-to-end summary\n${summaries.map((line) => `  ${line}`).join('\n')}\n\n`,
	);
});

describe.each(VERSIONS)('Copilot Trigger in a real n8n@%s', (version) => {
	const summary = { version, checks: 0, accepted: 0, refused: 0 };
	let runtime;
	let userFolder;
	let n8n;
	let client;
	let sink;
	let credential;
	const workflows = {};
	let sequence = 0;
	const nextId = (label) => `${label}-${version}-${++sequence}`;

	const webhookUrl = (webhookId) => `${n8n.baseUrl}/webhook/${webhookId}/webhook`;
	const executionsOf = async (key) => client.executions(workflows[key].id);
	const triggerItemsOf = async (key) =>
		(await executionsOf(key)).flatMap((execution) => nodeItems(execution, 'Copilot Trigger') ?? []);

	async function publish(key, workflow) {
		const created = await client.createWorkflow(workflow);
		await client.activate(created.id);
		workflows[key] = { id: created.id, url: webhookUrl(workflow.webhookId ?? workflow.nodes[0].webhookId) };
		await waitForWebhook(workflows[key].url);
	}

	beforeAll(async () => {
		runtime = await ensureN8n(version);
		userFolder = mkdtempSync(join(tmpdir(), `copilot-e2e-${version}-`));
		installCommunityPackage(userFolder, packPackage());
		n8n = await startN8n(runtime, { userFolder });
		client = await connect(n8n.baseUrl);
		sink = await startSink();
		credential = await client.createCredential('Copilot e2e', 'copilotApi', {
			apiKey: 'e2e-api-key',
			webhookSigningSecret: SECRET,
			baseUrl: 'https://api.assembly.com',
			// n8n adds this field to every credential; without it 1.x's API schema demands allowedDomains.
			allowedHttpRequestDomains: 'all',
		});
		await publish(
			'events',
			triggerToSink({
				name: 'Copilot events',
				webhookId: '0e2e0000-0000-4000-8000-000000000001',
				events: SELECTED_EVENTS,
				credential,
				sinkUrl: `${sink.url}/events`,
			}),
		);
		await publish(
			'statusChanges',
			triggerToSink({
				name: 'Copilot status changes, split out',
				webhookId: '0e2e0000-0000-4000-8000-000000000002',
				events: ['*'],
				options: { onlyWhenFieldsChanged: 'status', splitOutChanges: true },
				credential,
				sinkUrl: `${sink.url}/status`,
			}),
		);
	}, 30 * 60 * 1000);

	afterAll(async () => {
		await n8n?.stop();
		await sink?.stop();
		if (userFolder) rmSync(userFolder, { recursive: true, force: true });
		summaries.push(
			`n8n@${version}: ${summary.checks} checks passed; ${summary.accepted} signed events executed, ${summary.refused} requests refused or ignored with no execution`,
		);
	}, 60_000);

	const sent = { accepted: [], refused: [] };

	async function send(key, body, options, expectedStatus) {
		const raw = typeof body === 'string' ? body : JSON.stringify(body);
		const result = await postSigned(workflows[key].url, raw, SECRET, options);
		expect({ status: result.status, body: result.body }).toEqual({ status: expectedStatus, body: expect.any(String) });
		return result;
	}

	test('signed events of 9 types each run the workflow once, with the changes split out', async () => {
		const events = SELECTED_EVENTS.map((type) => sample(type, nextId(type)));
		for (const event of events) {
			const { body } = await send('events', event, {}, 200);
			expect(body).toBe('');
			sent.accepted.push(event.data.id);
		}
		const count = await settle(async () => sink.itemsAt('/events').length, events.length);
		expect(count).toBe(events.length);
		const received = sink.itemsAt('/events');
		for (const event of events) {
			expect(received.filter((item) => item.data.id === event.data.id)).toEqual([expectedItem(event)]);
		}
		const executions = await executionsOf('events');
		expect(executions).toHaveLength(events.length);
		expect(executions.every((execution) => execution.status === 'success' || execution.finished)).toBe(true);
		summary.accepted += events.length;
		summary.checks++;
	});

	test('Copilot’s documented client.updated example gives changedFields ["customFields.tags"] and added ["newtagupdate"]', async () => {
		const items = await triggerItemsOf('events');
		const tagsChange = items.find((item) => item.eventType === 'client.updated');
		expect(tagsChange.changedFields).toEqual(['customFields.tags']);
		expect(tagsChange.changes[0].added).toEqual(['newtagupdate']);
		summary.checks++;
	});

	test('Split Out Changes and Only When Fields Changed', async () => {
		const statusChange = sample('task.updated', nextId('task-status'));
		const tagsOnly = sample('client.updated', nextId('tags-only'));
		const unknownChanges = sample('file.updated', nextId('unknown'));
		await send('statusChanges', statusChange, {}, 200);
		await send('statusChanges', tagsOnly, {}, 200);
		await send('statusChanges', unknownChanges, {}, 200);
		await settle(async () => sink.itemsAt('/status').length, 2);
		expect(sink.itemsAt('/status')).toEqual([
			{
				eventType: 'task.updated',
				resource: 'task',
				action: 'updated',
				resourceId: statusChange.data.id,
				field: 'dueDate',
				previous: '2026-11-28',
				current: '2026-12-01',
				data: expectedItem(statusChange).data,
			},
			{
				eventType: 'task.updated',
				resource: 'task',
				action: 'updated',
				resourceId: statusChange.data.id,
				field: 'status',
				previous: 'inProgress',
				current: 'completed',
				data: expectedItem(statusChange).data,
			},
		]);
		expect(await executionsOf('statusChanges')).toHaveLength(1);
		summary.accepted += 1;
		summary.refused += 2;
		summary.checks++;
	});

	test('a missing signature, a wrong one and a changed byte are answered 401 and run nothing', async () => {
		const before = (await executionsOf('events')).length;
		const unsigned = sample('client.updated', nextId('unsigned'));
		const forged = sample('client.updated', nextId('forged'));
		const tampered = sample('client.updated', nextId('tampered'));
		const missing = await send('events', unsigned, { signature: null }, 401);
		expect(JSON.parse(missing.body).code).toBe('missing_signature');
		const wrong = await send('events', forged, { signature: copilotSignature(JSON.stringify(forged), 'guess') }, 401);
		expect(JSON.parse(wrong.body).code).toBe('mismatch_signature');
		const raw = JSON.stringify(tampered);
		const oneByteOff = raw.replace('"active"', '"activf"');
		await send('events', oneByteOff, { signature: copilotSignature(raw, SECRET) }, 401);
		for (const result of [missing, wrong]) expect(result.body).not.toContain(SECRET);
		await sleep(1500);
		expect((await executionsOf('events')).length).toBe(before);
		sent.refused.push(unsigned.data.id, forged.data.id, tampered.data.id);
		summary.refused += 3;
		summary.checks++;
	});

	test('invalid JSON and a missing eventType are refused with 4xx and run nothing', async () => {
		const before = (await executionsOf('events')).length;
		const plain = await send('events', '{"eventType": "client.updated",', { headers: { 'content-type': 'text/plain' } }, 400);
		expect(JSON.parse(plain.body)).toEqual({ code: 'invalid_event', message: 'The body is not valid JSON.' });
		// With a JSON content type n8n's own body parser refuses the body before the node runs.
		const jsonTyped = await postSigned(workflows.events.url, '{"eventType": ', SECRET);
		expect(jsonTyped.status).toBeGreaterThanOrEqual(400);
		expect(jsonTyped.status).toBeLessThan(500);
		const noType = await send('events', { data: { id: nextId('no-type') } }, {}, 400);
		expect(JSON.parse(noType.body).message).toMatch(/eventType must be a non-empty string/);
		await sleep(1500);
		expect((await executionsOf('events')).length).toBe(before);
		summary.refused += 3;
		summary.checks++;
	});

	test('an event type that is not selected is acknowledged with 200 and runs nothing', async () => {
		const before = (await executionsOf('events')).length;
		const note = sample(UNSELECTED_EVENT, nextId('unselected'));
		await send('events', note, {}, 200);
		await sleep(1500);
		expect((await executionsOf('events')).length).toBe(before);
		sent.refused.push(note.data.id);
		summary.refused += 1;
		summary.checks++;
	});

	test('the signature is checked over the raw bytes: odd whitespace, key order and \\u escapes pass', async () => {
		const id = nextId('raw-bytes');
		const raw = `{\n  "data" : { "status":"active", "givenName" : "Ren\\u00e9e",\n "id":"${id}", "previousAttributes" : {"status" : "invited"} },\n\t"eventType" : "client.updated"\n}\n`;
		expect(JSON.stringify(JSON.parse(raw))).not.toBe(raw);
		await send('events', raw, {}, 200);
		await settle(async () => sink.itemsAt('/events').filter((item) => item.data.id === id).length, 1);
		const [item] = sink.itemsAt('/events').filter((entry) => entry.data.id === id);
		expect(item).toMatchObject({
			data: { givenName: 'Renée', status: 'active' },
			changedFields: ['status'],
			changes: [{ field: 'status', previous: 'invited', current: 'active' }],
		});
		sent.accepted.push(id);
		summary.accepted += 1;
		summary.checks++;
	});

	test('the example workflow branches on eventType and on a changed status', async () => {
		const example = exampleWorkflow(credential);
		await publish('example', example);
		const statusChange = sample('client.updated', nextId('example'));
		statusChange.data.previousAttributes = { status: 'invited' };
		await send('example', statusChange, {}, 200);
		const task = sample('task.completed', nextId('example-task'));
		await send('example', task, {}, 200);
		await settle(async () => (await executionsOf('example')).length, 2);
		const executions = await executionsOf('example');
		const ranNodes = executions.map((execution) => Object.keys(execution.data.resultData.runData).sort());
		expect(ranNodes).toEqual(
			expect.arrayContaining([
				['Client status changed', 'Copilot Trigger', 'Status changed?', 'Switch on eventType'],
				['Copilot Trigger', 'Switch on eventType', 'Task event'],
			]),
		);
		summary.accepted += 2;
		summary.checks++;
	});

	test('after a restart of n8n the published workflow still receives events', async () => {
		await n8n.stop();
		n8n = await startN8n(runtime, { userFolder, port: n8n.port });
		await waitForWebhook(workflows.events.url);
		const event = sample('client.updated', nextId('after-restart'));
		await send('events', event, {}, 200);
		const seen = await settle(
			async () => sink.itemsAt('/events').filter((item) => item.data.id === event.data.id).length,
			1,
		);
		expect(seen).toBe(1);
		sent.accepted.push(event.data.id);
		summary.accepted += 1;
		summary.checks++;
	}, 5 * 60 * 1000);

	test('once unpublished, the URL answers 404 and nothing runs', async () => {
		await client.deactivate(workflows.events.id);
		await waitForWebhook(workflows.events.url, { registered: false });
		const before = (await executionsOf('events')).length;
		const event = sample('client.updated', nextId('unpublished'));
		const result = await postSigned(workflows.events.url, JSON.stringify(event), SECRET);
		expect(result.status).toBe(404);
		await sleep(1500);
		expect((await executionsOf('events')).length).toBe(before);
		summary.refused += 1;
		summary.checks++;
	});

	test('every accepted event ran exactly once and no refused one ran at all', async () => {
		const ids = (await triggerItemsOf('events')).map((item) => item.data.id);
		for (const id of sent.accepted) expect(ids.filter((seen) => seen === id)).toHaveLength(1);
		for (const id of sent.refused) expect(ids).not.toContain(id);
		expect(n8n.output()).not.toContain(SECRET);
		summary.checks++;
	});
});
