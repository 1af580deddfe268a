import fc from 'fast-check';

import { parseEvent, type CopilotEvent } from '../nodes/CopilotTrigger/event';
import { canonicalJson, eventFingerprint } from '../nodes/CopilotTrigger/fingerprint';
import { referenceCanonicalJson, referenceFingerprint } from './helpers/fingerprint';
import { jsonObjectTree, jsonTree, toJson, type JsonTree } from './helpers/jsonArbitraries';
import { CLIENT_TAGS_UPDATED } from './helpers/samplePayloads';

const RUNS = { numRuns: 2000 };

function parsed(text: string): CopilotEvent {
	const result = parseEvent(Buffer.from(text));
	if (!result.ok) throw new Error(result.message);
	return result.event;
}

/** The same JSON text with every object's keys in another order and whitespace of its own. */
function reserialised(tree: JsonTree, seed: number, indent: string): string {
	if (tree === null || typeof tree !== 'object') return JSON.stringify(tree);
	if (Array.isArray(tree)) return `[${indent}${tree.map((entry) => reserialised(entry, seed + 1, indent)).join(`,${indent}`)}]`;
	// Later duplicates win in JSON.parse: keep only each key's last entry, then shuffle.
	const last = new Map(tree.entries);
	const entries = [...last.entries()];
	const order = entries.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
	return `{${indent}${order.map((i) => `${JSON.stringify(entries[i][0])}${indent}:${reserialised(entries[i][1], seed + i, indent)}`).join(`,${indent}`)}${indent}}`;
}

type Container = Record<string, unknown> | unknown[];
const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** The paths of every primitive value in a parsed JSON value. */
function leafPaths(root: Container): Array<Array<string | number>> {
	const paths: Array<Array<string | number>> = [];
	const visit = (value: unknown, path: Array<string | number>): void => {
		if (!isContainer(value)) {
			paths.push(path);
			return;
		}
		for (const [key, child] of Object.entries(value)) visit(child, [...path, Array.isArray(value) ? Number(key) : key]);
	};
	for (const [key, child] of Object.entries(root)) visit(child, [key]);
	return paths;
}

/** Replaces the primitive at `path` with a different primitive. */
function changeLeaf(root: Container, path: Array<string | number>): void {
	const parent = path.slice(0, -1).reduce<Container>((node, key) => (node as Record<string, Container>)[key], root) as Record<string, unknown>;
	const key = path[path.length - 1];
	const value = parent[key];
	parent[key] = typeof value === 'number' ? value + 1 : typeof value === 'string' ? `${value}~` : typeof value === 'boolean' ? !value : 0;
}

describe('event fingerprint', () => {
	it('is the lower-case hex SHA-256 of the canonical type, data and previous attributes', () => {
		const event = parsed(JSON.stringify(CLIENT_TAGS_UPDATED));
		expect(eventFingerprint(event)).toMatch(/^[0-9a-f]{64}$/);
		expect(eventFingerprint(event)).toBe(referenceFingerprint(event));
	});

	it('is the same for a redelivery serialised differently: key order, whitespace, escapes, where previousAttributes sits', () => {
		const first = parsed('{"eventType":"client.updated","data":{"id":"c1","givenName":"Zoë","previousAttributes":{"status":"invited"},"status":"active"}}');
		const again = parsed(
			'{\n  "data": {\n    "status": "active",\n    "givenName": "Zo\\u00eb",\n    "id": "c1"\n  },\n  "previousAttributes": { "status": "invited" },\n  "eventType": "client.updated"\n}',
		);
		expect(eventFingerprint(again)).toBe(eventFingerprint(first));
	});

	it('differs when the type, any value or the previous attributes differ', () => {
		const base = parsed('{"eventType":"task.updated","data":{"id":"t1","status":"completed"},"previousAttributes":{"status":"todo"}}');
		const variants = [
			'{"eventType":"task.completed","data":{"id":"t1","status":"completed"},"previousAttributes":{"status":"todo"}}',
			'{"eventType":"task.updated","data":{"id":"t2","status":"completed"},"previousAttributes":{"status":"todo"}}',
			'{"eventType":"task.updated","data":{"id":"t1","status":"completed "},"previousAttributes":{"status":"todo"}}',
			'{"eventType":"task.updated","data":{"id":"t1","status":"completed"},"previousAttributes":{"status":"inProgress"}}',
			'{"eventType":"task.updated","data":{"id":"t1","status":"completed"}}',
			'{"eventType":"task.updated","data":{"id":"t1","status":"completed","extra":null},"previousAttributes":{"status":"todo"}}',
		].map((text) => eventFingerprint(parsed(text)));
		expect(new Set([eventFingerprint(base), ...variants]).size).toBe(variants.length + 1);
	});

	it('survives data nested deeper than the call stack', () => {
		const depth = 50_000;
		const text = `{"eventType":"x.y","data":{"deep":${'['.repeat(depth)}1${']'.repeat(depth)}}}`;
		expect(eventFingerprint(parsed(text))).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('property: the event fingerprint', () => {
	it('serialises exactly as the independent reference does', () => {
		fc.assert(
			fc.property(jsonTree, (tree) => canonicalJson(toJson(tree)) === referenceCanonicalJson(toJson(tree))),
			RUNS,
		);
	});

	it('ignores key order and whitespace', () => {
		fc.assert(
			fc.property(jsonObjectTree, fc.nat(), fc.constantFrom('', ' ', '\n', '\t  '), (tree, seed, indent) => {
				const data = toJson(tree);
				const again = JSON.parse(reserialised(tree, seed, indent));
				return (
					eventFingerprint({ eventType: 'a.b', data: again, previousAttributes: null }) ===
					eventFingerprint({ eventType: 'a.b', data: data as never, previousAttributes: null })
				);
			}),
			RUNS,
		);
	});

	it('changes with any change of a value, however deep', () => {
		fc.assert(
			fc.property(jsonObjectTree, fc.nat(), (tree, pick) => {
				const data = toJson(tree) as Record<string, unknown>;
				const leaves = leafPaths(data);
				fc.pre(leaves.length > 0);
				const changed = structuredClone(data);
				changeLeaf(changed, leaves[pick % leaves.length]);
				return (
					eventFingerprint({ eventType: 'a.b', data: changed as never, previousAttributes: null }) !==
					eventFingerprint({ eventType: 'a.b', data: data as never, previousAttributes: null })
				);
			}),
			RUNS,
		);
	});
});
