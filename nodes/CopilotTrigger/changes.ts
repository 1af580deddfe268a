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
 * Characters that sort before or as the dot. Visiting sibling keys in sorted order yields paths in
 * sorted order unless a key holds one of them: `a.x` sorts after `a-b` though `a` sorts before it.
 */
const SORTS_BEFORE_DOT = /[\u0000-.]/;

interface PendingObject {
	/** The path of this object, undefined at the root (an empty key is a path too). */
	prefix: string | undefined;
	previous: JsonObject;
	current: unknown;
	keys: string[];
	next: number;
}

/**
 * Lists one change per leaf of `previousAttributes`, sorted by path; null when Copilot sent no previous
 * values, so that "unknown" never looks like "nothing changed" (an empty list). Plain objects with keys
 * are descended into; arrays, scalars and empty objects are leaves. `data` is walked alongside, so a
 * key containing a dot never confuses the lookup of the current value. The walk keeps its own
 * stack, so a hostile, deeply nested body cannot overflow the call stack, and visits keys in
 * sorted order, so the result needs sorting only in the rare case that SORTS_BEFORE_DOT names.
 */
export function splitChanges(data: JsonObject, previousAttributes: JsonObject | null): FieldChange[] | null {
	if (previousAttributes === null) return null;
	const changes: FieldChange[] = [];
	let visitedInPathOrder = true;
	const stack: PendingObject[] = [];
	const descend = (prefix: string | undefined, previous: JsonObject, current: unknown, keys: string[]) => {
		if (visitedInPathOrder && keys.some((key) => SORTS_BEFORE_DOT.test(key))) visitedInPathOrder = false;
		stack.push({ prefix, previous, current, keys: keys.sort(), next: 0 });
	};
	descend(undefined, previousAttributes, data, Object.keys(previousAttributes));
	while (stack.length > 0) {
		const top = stack[stack.length - 1];
		if (top.next === top.keys.length) {
			stack.pop();
			continue;
		}
		const key = top.keys[top.next++];
		const field = top.prefix === undefined ? key : `${top.prefix}.${key}`;
		const previous = top.previous[key];
		const current = isJsonObject(top.current) ? ownValue(top.current, key) : undefined;
		const childKeys = isJsonObject(previous) ? Object.keys(previous) : [];
		if (childKeys.length > 0) {
			descend(field, previous as JsonObject, current, childKeys);
		} else {
			changes.push(describeChange(field, previous, current));
		}
	}
	return visitedInPathOrder ? changes : changes.sort(byField);
}
