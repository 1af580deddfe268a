import { parseEvent } from '../nodes/CopilotTrigger/event';
import { CLIENT_STATUS_UPDATED, CLIENT_TAGS_UPDATED, INVOICE_PAID, TASK_UPDATED } from './helpers/samplePayloads';

function parse(body: unknown) {
	return parseEvent(Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)));
}

function failure(body: unknown): string {
	const result = parse(body);
	if (result.ok) throw new Error('expected the body to be refused');
	return result.message;
}

describe('parseEvent', () => {
	it('splits eventType into resource and action, and lifts previousAttributes out of data', () => {
		const result = parse(CLIENT_TAGS_UPDATED);
		expect(result).toEqual({
			ok: true,
			event: {
				eventType: 'client.updated',
				resource: 'client',
				action: 'updated',
				created: null,
				data: (({ previousAttributes: _p, ...rest }) => rest)(CLIENT_TAGS_UPDATED.data),
				previousAttributes: { customFields: { tags: ['myTag1', 'myTag2'] } },
			},
		});
	});

	it('reads previousAttributes at the top level when data has none', () => {
		const result = parse(CLIENT_STATUS_UPDATED);
		expect(result.ok && result.event.previousAttributes).toEqual(CLIENT_STATUS_UPDATED.previousAttributes);
		expect(result.ok && result.event.data).toEqual(CLIENT_STATUS_UPDATED.data);
	});

	it('gives null previous attributes for a task event, which Copilot sends with none', () => {
		const result = parse(TASK_UPDATED);
		expect(result.ok && result.event.previousAttributes).toBeNull();
		expect(result.ok && result.event.data).toEqual(TASK_UPDATED.data);
	});

	it('keeps an empty previousAttributes: Copilot said that nothing changed', () => {
		const nested = parse({ eventType: 'client.updated', data: { id: 'c', previousAttributes: {} } });
		expect(nested.ok && nested.event.previousAttributes).toEqual({});
		const topLevel = parse({ eventType: 'client.updated', data: { id: 'c' }, previousAttributes: {} });
		expect(topLevel.ok && topLevel.event.previousAttributes).toEqual({});
	});

	it('carries the envelope’s created as sent, and null when the event has none', () => {
		const sent = parse(INVOICE_PAID);
		expect(sent.ok && sent.event.created).toBe('2026-11-26T10:00:00Z');
		expect(INVOICE_PAID.created).toBe('2026-11-26T10:00:00Z');
		const task = parse(TASK_UPDATED);
		expect(task.ok && task.event.created).toBe(TASK_UPDATED.created);
		const none = parse(CLIENT_TAGS_UPDATED);
		expect(none.ok && none.event.created).toBeNull();
		for (const odd of [1764151200, null, { at: 'x' }, '']) {
			const result = parse({ eventType: 'client.created', created: odd, data: {} });
			expect(result.ok && result.event.created).toEqual(odd);
		}
		const inherited = parse('{"__proto__":{"created":"forged"},"eventType":"client.created","data":{}}');
		expect(inherited.ok && inherited.event.created).toBeNull();
	});

	it('prefers data.previousAttributes over the top level', () => {
		const result = parse({
			eventType: 'client.updated',
			data: { id: 'c', previousAttributes: { status: 'invited' } },
			previousAttributes: { status: 'other' },
		});
		expect(result.ok && result.event.previousAttributes).toEqual({ status: 'invited' });
	});

	it('treats a previousAttributes that is not an object as absent, without crashing', () => {
		for (const odd of ['text', 42, null, ['status'], true]) {
			const result = parse({ eventType: 'client.updated', data: { id: 'c', previousAttributes: odd } });
			expect(result.ok && result.event.previousAttributes).toBeNull();
			expect(result.ok && 'previousAttributes' in result.event.data).toBe(false);
		}
	});

	it('keeps an event type without a dot whole, with an empty action', () => {
		const result = parse({ eventType: 'ping', data: {} });
		expect(result.ok && [result.event.resource, result.event.action]).toEqual(['ping', '']);
	});

	it('splits at the first dot only', () => {
		const result = parse({ eventType: 'a.b.c', data: {} });
		expect(result.ok && [result.event.resource, result.event.action]).toEqual(['a', 'b.c']);
	});

	it('keeps unicode as sent', () => {
		const result = parse('{"eventType":"client.updated","data":{"givenName":"Zoë \\u00e9 😀 名前"}}');
		expect(result.ok && result.event.data.givenName).toBe('Zoë é 😀 名前');
	});

	it.each([
		['empty', '', /empty/],
		['blank', '  \n', /empty/],
		['not JSON', '{"eventType":', /not valid JSON/],
		['null', 'null', /not null/],
		['an array', '[]', /not an array/],
		['a string', '"client.updated"', /not a string/],
		['a number', '7', /not a number/],
		['without eventType', { data: {} }, /eventType must be a non-empty string/],
		['with an empty eventType', { eventType: ' ', data: {} }, /eventType must be a non-empty string/],
		['with a numeric eventType', { eventType: 3, data: {} }, /eventType must be a non-empty string/],
		['without data', { eventType: 'client.created' }, /data must be a JSON object/],
		['with data null', { eventType: 'client.created', data: null }, /data must be a JSON object/],
		['with data an array', { eventType: 'client.created', data: [] }, /data must be a JSON object/],
	])('refuses a body that is %s', (_label, body, message) => {
		expect(failure(body)).toMatch(message);
	});

	it('refuses bytes that are not UTF-8', () => {
		const result = parseEvent(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
		expect(result).toEqual({ ok: false, message: 'The body is not valid UTF-8.' });
	});

	it('does not take eventType or data from the prototype chain', () => {
		expect(failure('{"__proto__":{"eventType":"client.created","data":{}}}')).toMatch(/eventType/);
	});

	it('survives 10,000 levels of nesting', () => {
		const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
		const result = parse(`{"eventType":"client.updated","data":{"deep":${deep}}}`);
		expect(result.ok).toBe(true);
	});
});
