import { splitChanges, type FieldChange } from '../nodes/CopilotTrigger/changes';
import type { JsonObject } from '../nodes/CopilotTrigger/json';

/** The changes for previous values that were sent, which are always a list. */
function listChanges(data: JsonObject, previousAttributes: JsonObject): FieldChange[] {
	const changes = splitChanges(data, previousAttributes);
	if (changes === null) throw new Error('previous values were sent, yet the changes are unknown');
	return changes;
}

describe('splitChanges', () => {
	it('finds the tags change of Copilot’s documented client.updated example', () => {
		const changes = listChanges(
			{ customFields: { tags: ['myTag1', 'myTag2', 'newtagupdate'] } },
			{ customFields: { tags: ['myTag1', 'myTag2'] } },
		);
		expect(changes).toEqual([
			{
				field: 'customFields.tags',
				previous: ['myTag1', 'myTag2'],
				current: ['myTag1', 'myTag2', 'newtagupdate'],
				added: ['newtagupdate'],
				removed: [],
			},
		]);
	});

	it('returns null, not an empty list, when Copilot sent no previous values', () => {
		expect(splitChanges({ id: 'x', status: 'completed' }, null)).toBeNull();
	});

	it('returns an empty list when Copilot sent previous values and none of them', () => {
		expect(splitChanges({ id: 'x' }, {})).toEqual([]);
	});

	it('sorts the leaves by path and descends only through objects with keys', () => {
		const changes = listChanges(
			{ status: 'active', b: { z: 2, a: { deep: true } }, list: [{ x: 1 }], meta: { k: 1 } },
			{ status: 'invited', b: { z: 1, a: { deep: false } }, list: [], meta: {}, gone: 'x' },
		);
		expect(changes.map((change) => change.field)).toEqual([
			'b.a.deep',
			'b.z',
			'gone',
			'list',
			'meta',
			'status',
		]);
		expect(changes.find((change) => change.field === 'meta')).toEqual({
			field: 'meta',
			previous: {},
			current: { k: 1 },
		});
	});

	it('sorts by the whole path even when keys hold characters that sort before the dot', () => {
		const previous = { a: { x: 1, 'y.z': 2 }, 'a-b': 3, 'a!': 4, 'a.c': 5, b: { ' ': 6 } };
		const fields = listChanges({}, previous).map((change) => change.field);
		expect(fields).toEqual(['a!', 'a-b', 'a.c', 'a.x', 'a.y.z', 'b. ']);
		expect(fields).toEqual([...fields].sort());
	});

	it('keeps an empty key as a path segment of its own', () => {
		expect(listChanges({ '': { status: true } }, { '': { status: false }, status: 1 })).toEqual([
			{ field: '.status', previous: false, current: true },
			{ field: 'status', previous: 1, current: null },
		]);
	});

	it('gives null as the current value of a field the resource no longer has', () => {
		expect(listChanges({}, { companyId: 'co1', a: { b: 1 } })).toEqual([
			{ field: 'a.b', previous: 1, current: null },
			{ field: 'companyId', previous: 'co1', current: null },
		]);
	});

	it('computes added and removed only for arrays of primitives, as sets', () => {
		const [tags, owners, mixed] = listChanges(
			{ tags: ['b', 'c', 'c', 1, null], owners: [{ id: 1 }], mixed: 'now a string' },
			{ tags: ['a', 'b', 'a', true], owners: [{ id: 2 }], mixed: ['x'] },
		).sort((x, y) => ['tags', 'owners', 'mixed'].indexOf(x.field) - ['tags', 'owners', 'mixed'].indexOf(y.field));
		expect(tags.added).toEqual(['c', 1, null]);
		expect(tags.removed).toEqual(['a', true]);
		expect(owners).not.toHaveProperty('added');
		expect(mixed).not.toHaveProperty('removed');
	});

	it('looks up current values by key, not by splitting paths on dots', () => {
		expect(listChanges({ 'a.b': 'new', a: { b: 'wrong' } }, { 'a.b': 'old' })).toEqual([
			{ field: 'a.b', previous: 'old', current: 'new' },
		]);
	});

	it('handles keys that name prototype properties without touching prototypes', () => {
		const previous = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"toString":"a"}');
		const data = JSON.parse('{"__proto__":{"polluted":false},"constructor":{"prototype":{"x":2}}}');
		const changes = listChanges(data, previous);
		expect(changes).toEqual([
			{ field: '__proto__.polluted', previous: true, current: false },
			{ field: 'constructor.prototype.x', previous: 1, current: 2 },
			{ field: 'toString', previous: 'a', current: null },
		]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('x');
	});

	it('walks 10,000 levels of nesting without overflowing the stack', () => {
		const depth = 10_000;
		const previous = JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
		const data = JSON.parse(`${'{"a":'.repeat(depth)}2${'}'.repeat(depth)}`);
		const [change] = listChanges(data, previous);
		expect(change.field.split('.')).toHaveLength(depth);
		expect([change.previous, change.current]).toEqual([1, 2]);
	});

	it('lists 10,000 changed fields, each once', () => {
		const previous: Record<string, number> = {};
		const data: Record<string, number> = {};
		for (let i = 0; i < 10_000; i++) {
			previous[`f${i}`] = i;
			data[`f${i}`] = i + 1;
		}
		const changes = listChanges(data, previous);
		expect(new Set(changes.map((change) => change.field)).size).toBe(10_000);
		expect(changes.every((change) => change.current === (change.previous as number) + 1)).toBe(true);
	});
});
