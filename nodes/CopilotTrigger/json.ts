export type JsonObject = { [key: string]: unknown };

/** A JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only, so keys such as `constructor` never reach `Object.prototype`. */
export function ownValue(object: JsonObject, key: string): unknown {
	return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}
