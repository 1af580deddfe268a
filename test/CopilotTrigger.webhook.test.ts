import type { IDataObject } from 'n8n-workflow';

import { CLIENT_STATUS_UPDATED, CLIENT_TAGS_UPDATED, FILE_REUPLOADED, INVOICE_PAID, TASK_COMPLETED, TASK_UPDATED } from './helpers/samplePayloads';
import { referenceFingerprint } from './helpers/fingerprint';
import { KEEP_SECRET_MS } from '../nodes/CopilotTrigger/secretCache';
import { hmacHex, SECRET } from './helpers/signing';
import { TriggerServer, type TriggerSetup } from './helpers/webhookServer';

const servers: TriggerServer[] = [];

async function trigger(setup: TriggerSetup = {}) {
	const server = new TriggerServer(setup);
	servers.push(server);
	const url = await server.start();
	return {
		server,
		send: (body: unknown, headers: Record<string, string> = {}) => {
			const raw = typeof body === 'string' ? body : JSON.stringify(body);
			return server.deliver(url, raw, {
				'content-type': 'application/json',
				'x-copilot-signature': hmacHex(raw),
				...headers,
			});
		},
		sendRaw: (raw: Buffer | string, headers: Record<string, string>) => server.deliver(url, raw, headers),
	};
}

afterAll(async () => {
	await Promise.all(servers.map((server) => server.stop()));
});

describe('Copilot Trigger webhook: signature', () => {
	it('accepts a signed event and emits one item', async () => {
		const { send } = await trigger();
		const delivery = await send(CLIENT_TAGS_UPDATED);
		expect(delivery.status).toBe(200);
		expect(delivery.body).toBe('');
		expect(delivery.items).toHaveLength(1);
	});

	it('answers 415 and starts nothing when n8n did not hand over the body’s bytes (a type it does not parse)', async () => {
		const { send } = await trigger({ withoutRawBody: true });
		const delivery = await send(CLIENT_TAGS_UPDATED, { 'content-type': 'application/octet-stream' });
		expect(delivery.status).toBe(415);
		expect(JSON.parse(delivery.body)).toEqual({
			code: 'unsupported_content_type',
			message:
				'n8n does not hand the node the bytes of a body with "application/octet-stream" content type, so its signature cannot be checked. Copilot sends application/json.',
		});
		expect(delivery.items).toBeUndefined();
		const untyped = await send(CLIENT_TAGS_UPDATED, { 'content-type': '' });
		expect(JSON.parse(untyped.body).message).toMatch(/^n8n does not hand the node the bytes of a body with no content type/);
	});

	it('answers 401 and starts nothing when the header is missing', async () => {
		const { sendRaw } = await trigger();
		const delivery = await sendRaw(JSON.stringify(CLIENT_TAGS_UPDATED), { 'content-type': 'application/json' });
		expect(delivery.status).toBe(401);
		expect(JSON.parse(delivery.body)).toEqual({
			code: 'missing_signature',
			message: 'Missing x-copilot-signature header: only events signed by Copilot are accepted.',
		});
		expect(delivery.items).toBeUndefined();
	});

	it('answers 401 for a signature made with another secret, and never echoes a secret or digest', async () => {
		const { send } = await trigger();
		const raw = JSON.stringify(CLIENT_TAGS_UPDATED);
		const delivery = await send(raw, { 'x-copilot-signature': hmacHex(raw, 'not-the-secret') });
		expect(delivery.status).toBe(401);
		expect(JSON.parse(delivery.body).code).toBe('mismatch_signature');
		expect(delivery.body).not.toContain(SECRET);
		expect(delivery.body).not.toContain(hmacHex(raw));
		expect(delivery.items).toBeUndefined();
	});

	it('answers 401 when one byte of the body changed after signing', async () => {
		const { sendRaw } = await trigger();
		const raw = JSON.stringify(CLIENT_TAGS_UPDATED);
		const tampered = raw.replace('newtagupdate', 'newtagupdatf');
		const delivery = await sendRaw(tampered, { 'x-copilot-signature': hmacHex(raw) });
		expect(delivery.status).toBe(401);
		expect(delivery.items).toBeUndefined();
	});

	it('verifies the raw bytes: odd whitespace, key order and \\u escapes are accepted', async () => {
		const { send } = await trigger();
		const raw =
			'{ "data" : {\n  "previousAttributes": {"givenName":"Zo\\u00eb"},\n  "givenName" : "Zo\u00e9",\n  "id":"c1" },\n\t"eventType":"client.updated" }\n';
		expect(JSON.stringify(JSON.parse(raw))).not.toBe(raw);
		const delivery = await send(raw);
		expect(delivery.status).toBe(200);
		expect(delivery.items?.[0]).toMatchObject({
			changedFields: ['givenName'],
			changes: [{ field: 'givenName', previous: 'Zoë', current: 'Zoé' }],
		});
	});

	it('accepts unicode bodies signed over their UTF-8 bytes', async () => {
		const { send } = await trigger();
		const delivery = await send({ eventType: 'message.sent', data: { id: 'm1', text: 'Grüße 👋 こんにちは' } });
		expect(delivery.status).toBe(200);
		expect((delivery.items?.[0].data as IDataObject).text).toBe('Grüße 👋 こんにちは');
	});

	it('reads the header whatever its case on the wire', async () => {
		const { sendRaw } = await trigger();
		const raw = JSON.stringify(INVOICE_PAID);
		const delivery = await sendRaw(raw, { 'X-Copilot-Signature': hmacHex(raw), 'Content-Type': 'application/json' });
		expect(delivery.status).toBe(200);
		expect(delivery.items).toHaveLength(1);
	});

	it('refuses two signature headers', async () => {
		const { sendRaw } = await trigger();
		const raw = JSON.stringify(INVOICE_PAID);
		const headers = new Headers();
		headers.append('x-copilot-signature', hmacHex(raw));
		headers.append('x-copilot-signature', hmacHex(raw));
		const delivery = await sendRaw(raw, Object.fromEntries(headers.entries()));
		expect(delivery.status).toBe(401);
	});

	it('answers 500 and starts nothing when the credential lost its signing secret', async () => {
		const { send } = await trigger({ credentials: { apiKey: 'key', webhookSigningSecret: '  ' } });
		const delivery = await send(CLIENT_TAGS_UPDATED);
		expect(delivery.status).toBe(500);
		expect(JSON.parse(delivery.body).code).toBe('not_configured');
		expect(delivery.items).toBeUndefined();
	});

	it('uses a signing secret pasted with surrounding whitespace', async () => {
		const { send } = await trigger({ credentials: { webhookSigningSecret: ` ${SECRET}\n` } });
		expect((await send(INVOICE_PAID)).status).toBe(200);
	});
});

describe('Copilot Trigger webhook: validation', () => {
	it.each([
		['not JSON', '{"eventType": "client.updated", ', /not valid JSON/],
		['an array', '[{"eventType":"client.updated"}]', /not an array/],
		['missing eventType', '{"data":{}}', /eventType/],
		['an empty eventType', '{"eventType":"","data":{}}', /eventType/],
		['missing data', '{"eventType":"client.updated"}', /data must be a JSON object/],
		['data not an object', '{"eventType":"client.updated","data":"x"}', /data must be a JSON object/],
	])('answers 400 for a signed body that is %s', async (_label, raw, message) => {
		const { send } = await trigger();
		const delivery = await send(raw);
		expect(delivery.status).toBe(400);
		expect(JSON.parse(delivery.body)).toEqual({ code: 'invalid_event', message: expect.stringMatching(message) });
		expect(delivery.items).toBeUndefined();
	});

	it('checks the signature before it reads the body', async () => {
		const { sendRaw } = await trigger();
		const delivery = await sendRaw('not json', { 'x-copilot-signature': hmacHex('other') });
		expect(delivery.status).toBe(401);
	});
});

describe('Copilot Trigger webhook: event selection', () => {
	it('acknowledges an event that is not selected without starting anything', async () => {
		const { send } = await trigger({ events: ['client.created'] });
		const delivery = await send(CLIENT_TAGS_UPDATED);
		expect(delivery.status).toBe(200);
		expect(delivery.items).toBeUndefined();
	});

	it('starts on an event listed in Custom Events', async () => {
		const { send } = await trigger({ events: ['client.created'], options: { customEvents: 'contract.voided, x.y' } });
		const delivery = await send({ eventType: 'contract.voided', data: { id: 'k1' } });
		expect(delivery.items?.[0]).toMatchObject({ eventType: 'contract.voided', resource: 'contract', action: 'voided' });
	});

	it('starts on any event, known or not, under *', async () => {
		const { send } = await trigger({ events: ['*'] });
		expect((await send({ eventType: 'brandNew.thing', data: {} })).items).toHaveLength(1);
	});
});

describe('Copilot Trigger webhook: Only When Fields Changed', () => {
	const options = { onlyWhenFieldsChanged: 'status, customFields' };

	it('starts when a watched field, or a field below one, changed', async () => {
		const { send } = await trigger({ options });
		expect((await send(CLIENT_TAGS_UPDATED)).items).toHaveLength(1);
		expect((await send(CLIENT_STATUS_UPDATED)).items).toHaveLength(1);
	});

	it('ignores an event whose changes touch no watched field', async () => {
		const { send } = await trigger({ options: { onlyWhenFieldsChanged: 'email' } });
		const delivery = await send(CLIENT_TAGS_UPDATED);
		expect(delivery.status).toBe(200);
		expect(delivery.items).toBeUndefined();
	});

	it('ignores an event whose previous values show that no watched field changed, even none at all', async () => {
		const { send } = await trigger({ options });
		const nothingChanged = await send({ eventType: 'client.updated', data: { id: 'c', status: 'active', previousAttributes: {} } });
		expect(nothingChanged.status).toBe(200);
		expect(nothingChanged.items).toBeUndefined();
	});

	it('lets task events and other events without previous values through by default, with changesKnown false', async () => {
		const { send } = await trigger({ options });
		for (const event of [TASK_UPDATED, TASK_COMPLETED, FILE_REUPLOADED]) {
			const delivery = await send(event);
			expect(delivery.status).toBe(200);
			expect(delivery.items).toEqual([
				expect.objectContaining({ eventType: event.eventType, changesKnown: false, changedFields: null, changes: null }),
			]);
		}
	});

	it('lets them through split out too, as one item with field null', async () => {
		const { send } = await trigger({ options: { ...options, splitOutChanges: true } });
		const { items } = await send(TASK_UPDATED);
		expect(items).toEqual([expect.objectContaining({ eventType: 'task.updated', changesKnown: false, field: null })]);
	});

	it('ignores them when the user chose to, and still starts on a watched field that changed', async () => {
		const { send } = await trigger({ options: { ...options, ignoreUnknownChanges: true } });
		for (const event of [TASK_UPDATED, TASK_COMPLETED, FILE_REUPLOADED]) {
			const delivery = await send(event);
			expect(delivery.status).toBe(200);
			expect(delivery.items).toBeUndefined();
		}
		expect((await send(CLIENT_STATUS_UPDATED)).items).toEqual([expect.objectContaining({ changesKnown: true, changedFields: ['companyId', 'status'] })]);
	});

	it('ignores nothing for unknown changes when no field is watched, whatever the choice', async () => {
		const { send } = await trigger({ options: { ignoreUnknownChanges: true } });
		expect((await send(TASK_UPDATED)).items).toEqual([expect.objectContaining({ changesKnown: false })]);
	});
});

describe('Copilot Trigger webhook: items', () => {
	it('emits the documented client.updated example with its tags change split out', async () => {
		const { send } = await trigger();
		const { items } = await send(CLIENT_TAGS_UPDATED);
		const { previousAttributes, ...data } = CLIENT_TAGS_UPDATED.data;
		expect(items).toEqual([
			{
				eventType: 'client.updated',
				resource: 'client',
				action: 'updated',
				created: null,
				changesKnown: true,
				data,
				previousAttributes,
				changedFields: ['customFields.tags'],
				changes: [
					{
						field: 'customFields.tags',
						previous: ['myTag1', 'myTag2'],
						current: ['myTag1', 'myTag2', 'newtagupdate'],
						added: ['newtagupdate'],
						removed: [],
					},
				],
				eventFingerprint: referenceFingerprint({ eventType: 'client.updated', data, previousAttributes }),
			},
		]);
	});

	it('reads top-level previousAttributes', async () => {
		const { send } = await trigger();
		const [item] = (await send(CLIENT_STATUS_UPDATED)).items!;
		expect(item.previousAttributes).toEqual(CLIENT_STATUS_UPDATED.previousAttributes);
		expect(item).toMatchObject({ changesKnown: true, changedFields: ['companyId', 'status'] });
	});

	it('carries the envelope’s created, as sent', async () => {
		const { send } = await trigger();
		expect((await send(INVOICE_PAID)).items![0].created).toBe('2026-11-26T10:00:00Z');
		expect((await send(TASK_COMPLETED)).items![0].created).toBe(TASK_COMPLETED.created);
	});

	it('lists the keys a workflow branches on first, in the order n8n’s Table view shows them', async () => {
		const { send } = await trigger();
		const [item] = (await send(CLIENT_TAGS_UPDATED)).items!;
		expect(Object.keys(item)).toEqual([
			'eventType',
			'resource',
			'action',
			'created',
			'changesKnown',
			'changedFields',
			'changes',
			'previousAttributes',
			'data',
			'eventFingerprint',
		]);
	});

	it('says the changes are unknown, with null and not empty lists, when Copilot sent no previous values', async () => {
		const { send } = await trigger();
		for (const event of [FILE_REUPLOADED, TASK_UPDATED]) {
			const [item] = (await send(event)).items!;
			expect(item).toMatchObject({ changesKnown: false, previousAttributes: null, changedFields: null, changes: null });
			expect(Object.keys(item)).toEqual([
				'eventType',
				'resource',
				'action',
				'created',
				'changesKnown',
				'changedFields',
				'changes',
				'previousAttributes',
				'data',
				'eventFingerprint',
			]);
		}
	});

	it('says the changes are known, and none, when Copilot sent empty previous values', async () => {
		const { send } = await trigger();
		const [item] = (await send({ eventType: 'company.updated', data: { id: 'co', previousAttributes: {} } })).items!;
		expect(item).toMatchObject({ changesKnown: true, previousAttributes: {}, changedFields: [], changes: [] });
	});

	it('splits out one item per changed field, each carrying the event’s fingerprint', async () => {
		const { send } = await trigger({ options: { splitOutChanges: true } });
		const { items } = await send(CLIENT_STATUS_UPDATED);
		const eventFingerprint = referenceFingerprint(CLIENT_STATUS_UPDATED);
		const common = {
			eventType: 'client.updated',
			resource: 'client',
			action: 'updated',
			created: null,
			resourceId: CLIENT_STATUS_UPDATED.data.id,
			changesKnown: true,
		};
		expect(items).toEqual([
			{
				...common,
				field: 'companyId',
				previous: CLIENT_STATUS_UPDATED.previousAttributes.companyId,
				current: CLIENT_STATUS_UPDATED.data.companyId,
				data: CLIENT_STATUS_UPDATED.data,
				eventFingerprint,
			},
			{ ...common, field: 'status', previous: 'invited', current: 'active', data: CLIENT_STATUS_UPDATED.data, eventFingerprint },
		]);
		expect(Object.keys(items![0])).toEqual([
			'eventType',
			'resource',
			'action',
			'created',
			'resourceId',
			'changesKnown',
			'field',
			'previous',
			'current',
			'data',
			'eventFingerprint',
		]);
	});

	it('keeps added and removed on split-out items of array fields', async () => {
		const { send } = await trigger({ options: { splitOutChanges: true } });
		const [item] = (await send(CLIENT_TAGS_UPDATED)).items!;
		expect(item).toMatchObject({ field: 'customFields.tags', added: ['newtagupdate'], removed: [] });
	});

	it('still emits one split-out item, with field null, when the changes are unknown', async () => {
		const { send } = await trigger({ options: { splitOutChanges: true } });
		const { items } = await send({ eventType: 'client.created', data: { givenName: 'No Id' } });
		expect(items).toEqual([
			{
				eventType: 'client.created',
				resource: 'client',
				action: 'created',
				created: null,
				resourceId: null,
				changesKnown: false,
				field: null,
				previous: null,
				current: null,
				data: { givenName: 'No Id' },
				eventFingerprint: referenceFingerprint({ eventType: 'client.created', data: { givenName: 'No Id' }, previousAttributes: null }),
			},
		]);
	});
});

describe('Copilot Trigger webhook: hostile payloads', () => {
	it('survives prototype-named keys without polluting prototypes', async () => {
		const { send } = await trigger();
		const raw =
			'{"eventType":"client.updated","__proto__":{"polluted":1},"data":{"id":"c","__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}},"previousAttributes":{"__proto__":{"polluted":0},"prototype":"p"}}}';
		const delivery = await send(raw);
		expect(delivery.status).toBe(200);
		expect(delivery.items?.[0].changedFields).toEqual(['__proto__.polluted', 'prototype']);
		expect(({} as IDataObject).polluted).toBeUndefined();
		expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
	});

	it('handles 10,000-deep nesting in data and previousAttributes', async () => {
		const { send } = await trigger();
		const deep = (leaf: string) => `${'{"a":'.repeat(10_000)}${leaf}${'}'.repeat(10_000)}`;
		const raw = `{"eventType":"client.updated","data":{"x":${deep('2')},"previousAttributes":{"x":${deep('1')}}}}`;
		const delivery = await send(raw);
		expect(delivery.status).toBe(200);
		expect(delivery.items?.[0].changedFields as string[]).toHaveLength(1);
	});

	it('handles a 5 MB body', async () => {
		const { send } = await trigger();
		const big = 'x'.repeat(5 * 1024 * 1024);
		const delivery = await send({ eventType: 'note.created', data: { id: 'n', text: big } });
		expect(delivery.status).toBe(200);
		expect(((delivery.items?.[0].data as IDataObject).text as string).length).toBe(big.length);
	});

	it('answers 400 for signed bytes that are not UTF-8', async () => {
		const { sendRaw } = await trigger();
		const raw = Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]);
		const delivery = await sendRaw(raw, { 'x-copilot-signature': hmacHex(raw) });
		expect(delivery.status).toBe(400);
		expect(JSON.parse(delivery.body).message).toMatch(/UTF-8/);
	});
});

describe('Copilot Trigger webhook: while a test listens in the editor', () => {
	it.each([
		['an unsigned event', { 'x-copilot-signature': '' }, /^Copilot event refused: Missing x-copilot-signature header/, /Send events from Copilot/],
		[
			'an event signed with another secret',
			{ 'x-copilot-signature': hmacHex(JSON.stringify(CLIENT_TAGS_UPDATED), 'another-secret') },
			/^Copilot event refused: Invalid x-copilot-signature header/,
			/Webhook Signing Secret in the Copilot API credential is not the secret of the webhook/,
		],
	])('shows %s in the editor with what to do, and runs nothing', async (_case, headers, message, fix) => {
		const { send } = await trigger({ mode: 'manual' });
		const delivery = await send(CLIENT_TAGS_UPDATED, headers);
		expect(delivery.items).toBeUndefined();
		expect(delivery.thrown?.message).toMatch(message);
		expect((delivery.thrown as Error & { description?: string }).description).toMatch(fix);
		expect(delivery.thrown?.message).not.toContain(SECRET);
	});

	it('shows a signed body that is not a Copilot event, and a missing secret', async () => {
		const { send } = await trigger({ mode: 'manual' });
		expect((await send({ hello: 'world' })).thrown?.message).toMatch(/^Copilot event refused: eventType must be a non-empty string/);
		const unconfigured = await trigger({ mode: 'manual', credentials: { apiKey: 'key', webhookSigningSecret: '' } });
		expect((await unconfigured.send(CLIENT_TAGS_UPDATED)).thrown?.message).toBe(
			'Copilot event refused: The n8n credential has no webhook signing secret.',
		);
	});

	it('runs a signed event as in production', async () => {
		const { send } = await trigger({ mode: 'manual' });
		const delivery = await send(CLIENT_TAGS_UPDATED);
		expect(delivery).toMatchObject({ status: 200, thrown: undefined });
		expect(delivery.items).toHaveLength(1);
	});
});

describe('Copilot Trigger webhook: the signing secret kept between requests', () => {
	let credentials = 0;
	/** A credential of its own for each test: what the process keeps outlives a test. */
	function changingCredential(secret: string) {
		credentials += 1;
		const credential = { secret };
		return {
			credential,
			setup: {
				credentialId: `credential-${credentials}`,
				credentials: () => ({ apiKey: 'key', webhookSigningSecret: credential.secret }),
			},
		};
	}
	const signedWith = (secret: string) => ({ 'x-copilot-signature': hmacHex(JSON.stringify(INVOICE_PAID), secret) });

	afterEach(() => jest.restoreAllMocks());

	it('reads the credential once for the events that arrive while its secret is kept', async () => {
		const { setup } = changingCredential(SECRET);
		const { server, send } = await trigger(setup);
		for (let event = 0; event < 3; event += 1) expect((await send(INVOICE_PAID)).status).toBe(200);
		expect(server.credentialReads).toBe(1);
	});

	it('accepts an event signed with a secret just changed in the credential, then refuses the old one; and back', async () => {
		const { credential, setup } = changingCredential('secret-old');
		const { server, send } = await trigger(setup);
		expect((await send(INVOICE_PAID, signedWith('secret-old'))).status).toBe(200);

		credential.secret = 'secret-new';
		const rotated = await send(INVOICE_PAID, signedWith('secret-new'));
		expect(rotated.status).toBe(200);
		expect(rotated.items).toHaveLength(1);
		expect((await send(INVOICE_PAID, signedWith('secret-old'))).status).toBe(401);

		credential.secret = 'secret-old';
		expect((await send(INVOICE_PAID, signedWith('secret-old'))).status).toBe(200);
		expect((await send(INVOICE_PAID, signedWith('secret-new'))).status).toBe(401);
		expect(server.credentialReads).toBe(5);
	});

	it('stops accepting a secret removed from the credential once the kept one expires', async () => {
		const start = Date.now();
		let elapsed = 0;
		jest.spyOn(Date, 'now').mockImplementation(() => start + elapsed);
		const { credential, setup } = changingCredential(SECRET);
		const { send } = await trigger(setup);
		expect((await send(INVOICE_PAID)).status).toBe(200);

		credential.secret = '';
		elapsed = KEEP_SECRET_MS - 1;
		expect((await send(INVOICE_PAID)).status).toBe(200);
		elapsed = KEEP_SECRET_MS;
		const refused = await send(INVOICE_PAID);
		expect(refused.status).toBe(500);
		expect(JSON.parse(refused.body).code).toBe('not_configured');
		expect(refused.items).toBeUndefined();
	});

	it('answers not_configured when the credential read again for a mismatched signature has no secret', async () => {
		const { credential, setup } = changingCredential(SECRET);
		const { send } = await trigger(setup);
		await send(INVOICE_PAID);
		credential.secret = '';
		const refused = await send(INVOICE_PAID, signedWith('another-secret'));
		expect(refused.status).toBe(500);
		expect(JSON.parse(refused.body).code).toBe('not_configured');
	});

	it('reads the credential again only for a signature some secret could match', async () => {
		const { setup } = changingCredential(SECRET);
		const { server, send, sendRaw } = await trigger(setup);
		await send(INVOICE_PAID);
		expect((await sendRaw(JSON.stringify(INVOICE_PAID), { 'content-type': 'application/json' })).status).toBe(401);
		expect((await send(INVOICE_PAID, { 'x-copilot-signature': 'not-hex' })).status).toBe(401);
		expect(server.credentialReads).toBe(1);
		const forged = await send(INVOICE_PAID, signedWith('another-secret'));
		expect(JSON.parse(forged.body).code).toBe('mismatch_signature');
		expect(server.credentialReads).toBe(2);
	});

	it('keeps nothing while a test listens in the editor', async () => {
		const { setup } = changingCredential(SECRET);
		const { server, send } = await trigger({ ...setup, mode: 'manual' });
		await send(INVOICE_PAID);
		await send(INVOICE_PAID);
		expect(server.credentialReads).toBe(2);
	});
});
