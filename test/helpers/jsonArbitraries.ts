import fc from 'fast-check';

/** A JSON tree as entries, so that keys like `__proto__` become own properties, as JSON.parse makes them. */
export type JsonTree = null | boolean | number | string | JsonTree[] | { entries: Array<[string, JsonTree]> };

/** Few keys, so that `data` and `previousAttributes` share paths often; some are hostile. */
export const jsonKey = fc.constantFrom(
	'status',
	'tags',
	'customFields',
	'a',
	'b',
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'a.b',
	'x-y',
	'é',
	'',
);

const primitive = fc.oneof(
	fc.constant(null),
	fc.boolean(),
	fc.integer({ min: -5, max: 5 }),
	fc.constantFrom('a', 'b', 'c', 'ü', '😀', ''),
);

export const jsonTree: fc.Arbitrary<JsonTree> = fc.letrec<{ tree: JsonTree }>((tie) => ({
	tree: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		primitive,
		fc.array(tie('tree'), { maxLength: 4 }),
		fc.record({ entries: fc.array(fc.tuple(jsonKey, tie('tree')), { maxLength: 5 }) }),
	),
})).tree;

export const jsonObjectTree = fc.record({ entries: fc.array(fc.tuple(jsonKey, jsonTree), { maxLength: 6 }) });

export function toJsonText(tree: JsonTree): string {
	if (tree === null || typeof tree !== 'object') return JSON.stringify(tree);
	if (Array.isArray(tree)) return `[${tree.map(toJsonText).join(',')}]`;
	return `{${tree.entries.map(([key, value]) => `${JSON.stringify(key)}:${toJsonText(value)}`).join(',')}}`;
}

export function toJson(tree: JsonTree): unknown {
	return JSON.parse(toJsonText(tree));
}
