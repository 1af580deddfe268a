import { createHmac } from 'node:crypto';

import fc from 'fast-check';

import { splitChanges } from '../nodes/CopilotTrigger/changes';
import { parseEvent } from '../nodes/CopilotTrigger/event';
import { isJsonObject, type JsonObject } from '../nodes/CopilotTrigger/json';
import { verifySignature } from '../nodes/CopilotTrigger/signature';
import { jsonObjectTree, jsonTree, toJson, toJsonText } from './helpers/jsonArbitraries';
import { hmacHex } from './helpers/signing';
import { TriggerServer } from './helpers/webhookServer';

const RUNS = { numRuns: 2000 };

// HMAC pads keys with zero bytes, so "s" and "s\0" are the same key; real secrets hold no NUL.
const secret = fc.string({ minLength: 1, maxLength: 40 }).filter((value) => !value.includes('\0'));
const body = fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes));

describe('property: the signature check', () => {
	it('accepts every body signed with the secret', () => {
		fc.assert(
			fc.property(body, secret, (raw, key) => verifySignature(raw, hmacHex(raw, key), key).valid),
			RUNS,
		);
	});

	it('rejects any single-byte change of the body', () => {
		fc.assert(
			fc.property(body.filter((raw) => raw.length > 0), secret, fc.nat(), fc.integer({ min: 1, max: 255 }), (raw, key, at, flip) => {
				const tampered = Buffer.from(raw);
				tampered[at % raw.length] ^= flip;
				return !verifySignature(tampered, hmacHex(raw, key), key).valid;
			}),
			RUNS,
		);
	});

	it('rejects any single-character change of the signature', () => {
		fc.assert(
			fc.property(body, secret, fc.nat({ max: 63 }), fc.string({ minLength: 1, maxLength: 1 }), (raw, key, at, char) => {
				const signature = hmacHex(raw, key);
				fc.pre(signature[at] !== char);
				const changed = `${signature.slice(0, at)}${char}${signature.slice(at + 1)}`;
				return !verifySignature(raw, changed, key).valid;
			}),
			RUNS,
		);
	});

	it('rejects a signature made with any other secret', () => {
		fc.assert(
			fc.property(body, secret, secret, (raw, key, other) => {
				fc.pre(key !== other);
				return !verifySignature(raw, hmacHex(raw, other), key).valid;
			}),
			RUNS,
		);
	});

	it('rejects any truncation of the body or of the signature', () => {
		fc.assert(
			fc.property(body.filter((raw) => raw.length > 0), secret, fc.nat(), (raw, key, cut) => {
				const signature = hmacHex(raw, key);
				return (
					!verifySignature(raw.subarray(0, cut % raw.length), signature, key).valid &&
					!verifySignature(raw, signature.slice(0, cut % 64), key).valid
				);
			}),
			RUNS,
		);
	});

	it('rejects every header value that is not exactly the lower-case hex digest', () => {
		const variants = (hex: string, digest: Buffer) => [
			hex.toUpperCase(),
			`sha256=${hex}`,
			` ${hex}`,
			`${hex}\t`,
			`${hex}\n`,
			digest.toString('base64'),
			digest.toString('base64url'),
			`${hex},${hex}`,
		];
		fc.assert(
			fc.property(body, secret, (raw, key) => {
				const digest = createHmac('sha256', key).update(raw).digest();
				const hex = digest.toString('hex');
				return variants(hex, digest)
					.filter((variant) => variant !== hex)
					.every((variant) => !verifySignature(raw, variant, key).valid);
			}),
			RUNS,
		);
	});

	it('never throws, whatever the header holds', () => {
		fc.assert(
			fc.property(body, fc.anything(), secret, (raw, header, key) => {
				const result = verifySignature(raw, header, key);
				return typeof result.valid === 'boolean';
			}),
			RUNS,
		);
	});
});

describe('property: parsing and splitting never throw', () => {
	it('parseEvent answers any byte string with an event or a message', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
				const result = parseEvent(Buffer.from(bytes));
				return result.ok ? typeof result.event.eventType === 'string' : result.message.length > 0;
			}),
			RUNS,
		);
	});

	it('parseEvent answers any JSON value with an event or a message', () => {
		const answers = (text: string) => {
			const result = parseEvent(Buffer.from(text));
			return result.ok || result.message.length > 0;
		};
		fc.assert(fc.property(jsonTree, (tree) => answers(toJsonText(tree))), RUNS);
		fc.assert(fc.property(fc.jsonValue(), (value) => answers(JSON.stringify(value))), RUNS);
		fc.assert(
			fc.property(fc.string(), jsonTree, jsonTree, (eventType, data, previous) =>
				answers(`{"eventType":${JSON.stringify(eventType)},"data":${toJsonText(data)},"previousAttributes":${toJsonText(previous)}}`),
			),
			RUNS,
		);
	});

	it('splitChanges returns a list for any pair of JSON objects', () => {
		fc.assert(
			fc.property(jsonObjectTree, jsonObjectTree, (previous, data) =>
				Array.isArray(splitChanges(toJson(data) as JsonObject, toJson(previous) as JsonObject)),
			),
			RUNS,
		);
	});
});

interface ReferenceChange {
	field: string;
	previous: unknown;
	current: unknown;
	added?: unknown[];
	removed?: unknown[];
}

/** The contract, written the obvious recursive way, independently of the implementation. */
function referenceChanges(data: unknown, previous: JsonObject): ReferenceChange[] {
	const out: ReferenceChange[] = [];
	const lookup = (source: unknown, key: string) =>
		isJsonObject(source) && Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined;
	const isPrimitiveArray = (value: unknown): value is unknown[] =>
		Array.isArray(value) && value.every((entry) => entry === null || typeof entry !== 'object');
	const walk = (path: string[], before: JsonObject, after: unknown) => {
		for (const key of Object.keys(before)) {
			const value = before[key];
			const now = lookup(after, key);
			if (isJsonObject(value) && Object.keys(value).length > 0) {
				walk([...path, key], value, now);
				continue;
			}
			const change: ReferenceChange = { field: [...path, key].join('.'), previous: value, current: now ?? null };
			if (isPrimitiveArray(value) && isPrimitiveArray(now)) {
				change.added = [...new Set(now)].filter((entry) => !value.includes(entry));
				change.removed = [...new Set(value)].filter((entry) => !now.includes(entry));
			}
			out.push(change);
		}
	};
	walk([], previous, data);
	return out;
}

const canonical = (changes: ReferenceChange[]) =>
	changes.map((change) => JSON.stringify(change, Object.keys(change).sort())).sort();

describe('property: change splitting', () => {
	it('lists every leaf once, with its previous and current values and exact set differences, sorted', () => {
		fc.assert(
			fc.property(jsonObjectTree, jsonObjectTree, (previousTree, dataTree) => {
				const previous = toJson(previousTree) as JsonObject;
				const data = toJson(dataTree) as JsonObject;
				const changes = splitChanges(data, previous);
				if (changes === null) throw new Error('previous values were sent, yet the changes are unknown');
				const fields = changes.map((change) => change.field);
				expect(fields).toEqual([...fields].sort());
				expect(canonical(changes as ReferenceChange[])).toEqual(canonical(referenceChanges(data, previous)));
			}),
			RUNS,
		);
	});
});

describe('property: no prototype is ever touched', () => {
	const server = new TriggerServer({ options: { splitOutChanges: false } });
	let url: string;
	beforeAll(async () => {
		url = await server.start();
	});
	afterAll(() => server.stop());

	it('handles payloads full of __proto__, constructor and prototype keys without changing any prototype', async () => {
		const before = [Object.prototype, Array.prototype, Function.prototype].map((proto) =>
			Object.getOwnPropertyNames(proto).sort().join(),
		);
		await fc.assert(
			fc.asyncProperty(jsonObjectTree, jsonObjectTree, async (dataTree, previousTree) => {
				const raw = `{"eventType":"client.updated","__proto__":${toJsonText(previousTree)},"data":${toJsonText({
					entries: [...dataTree.entries, ['previousAttributes', previousTree]],
				})}}`;
				const delivery = await server.deliver(url, raw, { 'x-copilot-signature': hmacHex(raw) });
				expect(delivery.status).toBe(200);
				expect(({} as Record<string, unknown>).status).toBeUndefined();
				expect(({} as Record<string, unknown>).a).toBeUndefined();
			}),
			{ numRuns: 300 },
		);
		const after = [Object.prototype, Array.prototype, Function.prototype].map((proto) =>
			Object.getOwnPropertyNames(proto).sort().join(),
		);
		expect(after).toEqual(before);
	});
});
