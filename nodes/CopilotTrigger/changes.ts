import { isJsonObject, ownValue, type JsonObject } from './json';

export interface FieldChange {
	/** Dotted path of a leaf of `previousAttributes`, e.g. `customFields.tags`. */
	field: string;
	previous: unknown;
	/** The value at the same path in `data`, or null when the resource no longer has it. */
	current: unknown;
	/** For arrays of primitives: values in `current` that `previous` lacked. */
	added?: unknown[];
	/** For arrays of primitives: values in `previous` that `current` lacks. */
	removed?: unknown[];
}

type Primitive = string | number | boolean | null;

function isPrimitiveArray(value: unknown): value is Primitive[] {
	return Array.isArray(value) && value.every((entry) => entry === null || typeof entry !== 'object');
}

function missingFrom(values: Primitive[], other: Primitive[]): Primitive[] {
	const excluded = new Set(other);
	return [...new Set(values)].filter((value) => !excluded.has(value));
}

function describeChange(field: string, previous: unknown, current: unknown): FieldChange {
	const change: FieldChange = { field, previous, current: current === undefined ? null : current };
	if (isPrimitiveArray(previous) && isPrimitiveArray(current)) {
		change.added = missingFrom(current, previous);
		change.removed = missingFrom(previous, current);
	}
	return change;
}

function byField(a: FieldChange, b: FieldChange): number {
	return a.field < b.field ? -1 : a.field > b.field ? 1 : 0;
}

/**
 * Lists one change per leaf of `previousAttributes`, sorted by path. Plain objects with keys are
 * descended into; arrays, scalars and empty objects are leaves. `data` is walked alongside, so a
 * key containing a dot never confuses the lookup of the current value. The walk uses its own
 * stack: a hostile, deeply nested body cannot overflow the call stack.
 */
export function splitChanges(data: JsonObject, previousAttributes: JsonObject | null): FieldChange[] {
	if (previousAttributes === null) return [];
	const changes: FieldChange[] = [];
	const pending: Array<{ prefix: string; previous: JsonObject; current: unknown }> = [
		{ prefix: '', previous: previousAttributes, current: data },
	];
	for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
		for (const key of Object.keys(next.previous)) {
			const field = next.prefix === '' ? key : `${next.prefix}.${key}`;
			const previous = next.previous[key];
			const current = isJsonObject(next.current) ? ownValue(next.current, key) : undefined;
			if (isJsonObject(previous) && Object.keys(previous).length > 0) {
				pending.push({ prefix: field, previous, current });
			} else {
				changes.push(describeChange(field, previous, current));
			}
		}
	}
	return changes.sort(byField);
}
