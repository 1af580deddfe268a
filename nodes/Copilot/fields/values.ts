import type { IDataObject } from 'n8n-workflow';

/** "a, b ,c" or an array from an expression → ["a", "b", "c"]. */
export function idList(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts.map((part) => String(part).trim()).filter((part) => part !== '');
}

/** Whether the value is a JSON object (not an array, not null). */
export function isPlainRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object, or undefined when it has no keys, so that an empty part of a body is left out. */
export function nonEmpty(object: IDataObject): IDataObject | undefined {
	return Object.keys(object).length > 0 ? object : undefined;
}

/** The body without the keys whose value is undefined, so that Copilot only sees what was given. */
export function definedOnly(body: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}
