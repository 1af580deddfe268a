// Signed deliveries, options and refusals through a real n8n.
const { copilotSignature, postSigned } = require('../../scripts/lib/http/signed-request');
const { referenceFingerprint } = require('../helpers/fingerprint');
const { SECRET, sample, settle } = require('./context');
const { exampleWorkflow } = require('./workflows');

/**
 * What each sample event's item must say about its changes: the contract, written out; null
 * where Copilot sends no previous values, so that the changes are unknown.
 */
const EXPECTED_CHANGES = {
	'client.created': null,
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
	'task.updated': null,
	'task.completed': null,
	'file.updated': null,
	'invoice.paid': null,
	'payment.succeeded': null,
	'message.sent': null,
};
const SELECTED_EVENTS = Object.keys(EXPECTED_CHANGES);
const UNSELECTED_EVENT = 'note.created';

function expectedItem(event) {
	const { previousAttributes = null, ...data } = event.data;
	const changes = EXPECTED_CHANGES[event.eventType];
	const [resource, action] = event.eventType.split('.');
	return {
		eventType: event.eventType,
		resource,
		action,
		created: event.created ?? null,
		changesKnown: changes !== null,
		data,
		previousAttributes,
		changedFields: changes === null ? null : changes.map((change) => change.field),
		changes,
		eventFingerprint: referenceFingerprint({ eventType: event.eventType, data, previousAttributes }),
	};
}

function registerDeliveryTests(ctx) {
	test.each([
		['events', '/events', '1.1'],
		['eventsV1', '/events-v1', '1'],
	])('signed events of 9 types each run the workflow (%s: trigger version %s) once, with the changes split out', async (key, path) => {
		const events = SELECTED_EVENTS.map((type) => sample(type, ctx.nextId(type)));
		for (const event of events) {
			const { body } = await ctx.send(key, event, {}, 200);
			expect(body).toBe('');
			ctx.sentTo(key).accepted.push(event.data.id);
		}
		const count = await settle(async () => ctx.sink.itemsAt(path).length, events.length);
		expect(count).toBe(events.length);
		const received = ctx.sink.itemsAt(path);
		for (const event of events) {
			expect(received.filter((item) => item.data.id === event.data.id)).toEqual([expectedItem(event)]);
		}
		const executions = await ctx.executionsOf(key);
		expect(executions).toHaveLength(events.length);
		expect(executions.every((execution) => execution.status === 'success' || execution.finished)).toBe(true);
		ctx.summary.accepted += events.length;
		ctx.summary.checks++;
	});

	test('Copilot’s documented client.updated example gives changedFields ["customFields.tags"] and added ["newtagupdate"]', async () => {
		const items = await ctx.triggerItemsOf('events');
		const tagsChange = items.find((item) => item.eventType === 'client.updated');
		expect(tagsChange.changedFields).toEqual(['customFields.tags']);
		expect(tagsChange.changes[0].added).toEqual(['newtagupdate']);
		ctx.summary.checks++;
	});

	test('Split Out Changes and Only When Fields Changed: a watched change runs, another does not, unknown changes run with changesKnown false', async () => {
		const statusChange = sample('client.updated', ctx.nextId('client-status'));
		statusChange.data.previousAttributes = { status: 'invited' };
		const tagsOnly = sample('client.updated', ctx.nextId('tags-only'));
		const unknownChanges = sample('file.updated', ctx.nextId('unknown'));
		await ctx.send('statusChanges', statusChange, {}, 200);
		await ctx.send('statusChanges', tagsOnly, {}, 200);
		await ctx.send('statusChanges', unknownChanges, {}, 200);
		await settle(async () => ctx.sink.itemsAt('/status').length, 2);
		const split = (event, change) => ({
			eventType: event.eventType,
			resource: event.eventType.split('.')[0],
			action: event.eventType.split('.')[1],
			created: null,
			resourceId: event.data.id,
			changesKnown: change !== null,
			field: change?.field ?? null,
			previous: change?.previous ?? null,
			current: change?.current ?? null,
			data: expectedItem(event).data,
			eventFingerprint: expectedItem(event).eventFingerprint,
		});
		// Two executions: the sink may receive their items in either order.
		const received = [...ctx.sink.itemsAt('/status')].sort((a, b) => a.eventType.localeCompare(b.eventType));
		expect(received).toEqual([
			split(statusChange, { field: 'status', previous: 'invited', current: 'active' }),
			split(unknownChanges, null),
		]);
		expect(await ctx.executionsOf('statusChanges')).toHaveLength(2);
		ctx.summary.accepted += 2;
		ctx.summary.refused += 1;
		ctx.summary.checks++;
	});

	test('a missing signature, a wrong one and a changed byte are answered 401 and run nothing', async () => {
		const before = (await ctx.executionsOf('events')).length;
		const unsigned = sample('client.updated', ctx.nextId('unsigned'));
		const forged = sample('client.updated', ctx.nextId('forged'));
		const tampered = sample('client.updated', ctx.nextId('tampered'));
		const missing = await ctx.send('events', unsigned, { signature: null }, 401);
		expect(JSON.parse(missing.body).code).toBe('missing_signature');
		const wrong = await ctx.send('events', forged, { signature: copilotSignature(JSON.stringify(forged), 'guess') }, 401);
		expect(JSON.parse(wrong.body).code).toBe('mismatch_signature');
		const raw = JSON.stringify(tampered);
		const oneByteOff = raw.replace('"active"', '"activf"');
		await ctx.send('events', oneByteOff, { signature: copilotSignature(raw, SECRET) }, 401);
		for (const result of [missing, wrong]) expect(result.body).not.toContain(SECRET);
		await ctx.genuineEventRuns('events', 'after-401s');
		expect((await ctx.executionsOf('events')).length).toBe(before + 1);
		ctx.sentTo('events').refused.push(unsigned.data.id, forged.data.id, tampered.data.id);
		ctx.summary.refused += 3;
		ctx.summary.checks++;
	});

	test('invalid JSON and a missing eventType are refused with 4xx and run nothing', async () => {
		const before = (await ctx.executionsOf('events')).length;
		const plain = await ctx.send('events', '{"eventType": "client.updated",', { headers: { 'content-type': 'text/plain' } }, 400);
		expect(JSON.parse(plain.body)).toEqual({ code: 'invalid_event', message: 'The body is not valid JSON.' });
		// With a JSON content type n8n's own body parser refuses the body before the node runs.
		const jsonTyped = await postSigned(ctx.workflows.events.url, '{"eventType": ', SECRET);
		ctx.summary.n8nAnswers.push(`invalid JSON as application/json: ${jsonTyped.status} ${jsonTyped.body.slice(0, 80)}`);
		expect(jsonTyped.status).toBeGreaterThanOrEqual(400);
		expect(jsonTyped.status).toBeLessThan(500);
		const noType = await ctx.send('events', { data: { id: ctx.nextId('no-type') } }, {}, 400);
		expect(JSON.parse(noType.body).message).toMatch(/eventType must be a non-empty string/);
		await ctx.genuineEventRuns('events', 'after-invalid-json');
		expect((await ctx.executionsOf('events')).length).toBe(before + 1);
		ctx.summary.refused += 3;
		ctx.summary.checks++;
	});

	test('an event type that is not selected is acknowledged with 200 and runs nothing', async () => {
		const before = (await ctx.executionsOf('events')).length;
		const note = sample(UNSELECTED_EVENT, ctx.nextId('unselected'));
		await ctx.send('events', note, {}, 200);
		await ctx.genuineEventRuns('events', 'after-unselected');
		expect((await ctx.executionsOf('events')).length).toBe(before + 1);
		ctx.sentTo('events').refused.push(note.data.id);
		ctx.summary.refused += 1;
		ctx.summary.checks++;
	});

	test('the signature is checked over the raw bytes: odd whitespace, key order and \\u escapes pass', async () => {
		const id = ctx.nextId('raw-bytes');
		const raw = `{\n  "data" : { "status":"active", "givenName" : "Ren\\u00e9e",\n "id":"${id}", "previousAttributes" : {"status" : "invited"} },\n\t"eventType" : "client.updated"\n}\n`;
		expect(JSON.stringify(JSON.parse(raw))).not.toBe(raw);
		await ctx.send('events', raw, {}, 200);
		await settle(async () => ctx.sink.itemsAt('/events').filter((item) => item.data.id === id).length, 1);
		const [item] = ctx.sink.itemsAt('/events').filter((entry) => entry.data.id === id);
		expect(item).toMatchObject({
			data: { givenName: 'Renée', status: 'active' },
			changedFields: ['status'],
			changes: [{ field: 'status', previous: 'invited', current: 'active' }],
		});
		ctx.sentTo('events').accepted.push(id);
		ctx.summary.accepted += 1;
		ctx.summary.checks++;
	});

	test('the example workflow branches on eventType and on a changed status', async () => {
		const example = exampleWorkflow(ctx.credential);
		await ctx.publish('example', example);
		const statusChange = sample('client.updated', ctx.nextId('example'));
		statusChange.data.previousAttributes = { status: 'invited' };
		await ctx.send('example', statusChange, {}, 200);
		const task = sample('task.completed', ctx.nextId('example-task'));
		await ctx.send('example', task, {}, 200);
		await settle(async () => (await ctx.executionsOf('example')).length, 2);
		const executions = await ctx.executionsOf('example');
		const ranNodes = executions.map((execution) => Object.keys(execution.data.resultData.runData).sort());
		expect(ranNodes).toEqual(
			expect.arrayContaining([
				['Client status changed', 'Copilot Trigger', 'Status changed?', 'Switch on eventType'],
				['Copilot Trigger', 'Switch on eventType', 'Task event'],
			]),
		);
		ctx.summary.accepted += 2;
		ctx.summary.checks++;
	});

}

module.exports = { EXPECTED_CHANGES, registerDeliveryTests };
