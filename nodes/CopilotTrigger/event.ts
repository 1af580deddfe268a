import { isJsonObject, ownValue, type JsonObject } from './json';

export interface CopilotEvent {
	eventType: string;
	resource: string;
	action: string;
	/**
	 * The envelope's `created` as sent ("the date this webhook event is sent", in Copilot's words), or
	 * null when the event has none.
	 */
	created: unknown;
	/** The resource as sent, without `previousAttributes`. */
	data: JsonObject;
	/**
	 * What the resource looked like before the change, or null when Copilot sent no previous values:
	 * then what changed is unknown (task events, for one, never carry them).
	 */
	previousAttributes: JsonObject | null;
}

export type ParsedEvent = { ok: true; event: CopilotEvent } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function reject(message: string): ParsedEvent {
	return { ok: false, message };
}

function decode(rawBody: Buffer): string | undefined {
	try {
		return utf8.decode(rawBody);
	} catch {
		return undefined;
	}
}

function parseJson(text: string): { value: unknown } | undefined {
	try {
		return { value: JSON.parse(text) as unknown };
	} catch {
		return undefined;
	}
}

function withoutPreviousAttributes(data: JsonObject): JsonObject {
	if (!Object.prototype.hasOwnProperty.call(data, 'previousAttributes')) return data;
	const { previousAttributes: _omitted, ...rest } = data;
	return rest;
}

/** Copilot's consumers read `data.previousAttributes`; its docs put it at the top level. */
function findPreviousAttributes(body: JsonObject, data: JsonObject): JsonObject | null {
	const nested = ownValue(data, 'previousAttributes');
	if (isJsonObject(nested)) return nested;
	const topLevel = ownValue(body, 'previousAttributes');
	return isJsonObject(topLevel) ? topLevel : null;
}

/** Parses and validates a Copilot webhook body from its raw bytes. */
export function parseEvent(rawBody: Buffer): ParsedEvent {
	const text = decode(rawBody);
	if (text === undefined) return reject('The body is not valid UTF-8.');
	if (text.trim() === '') return reject('The body is empty; expected a JSON Copilot event.');

	const parsed = parseJson(text);
	if (parsed === undefined) return reject('The body is not valid JSON.');
	const body = parsed.value;
	if (!isJsonObject(body)) {
		const kind = body === null ? 'null' : Array.isArray(body) ? 'an array' : `a ${typeof body}`;
		return reject(`The body must be a JSON object with eventType and data, not ${kind}.`);
	}

	const eventType = ownValue(body, 'eventType');
	if (typeof eventType !== 'string' || eventType.trim() === '') {
		return reject('eventType must be a non-empty string such as "client.updated".');
	}
	const data = ownValue(body, 'data');
	if (!isJsonObject(data)) {
		return reject('data must be a JSON object holding the resource.');
	}

	const dot = eventType.indexOf('.');
	return {
		ok: true,
		event: {
			eventType,
			resource: dot === -1 ? eventType : eventType.slice(0, dot),
			action: dot === -1 ? '' : eventType.slice(dot + 1),
			created: ownValue(body, 'created') ?? null,
			data: withoutPreviousAttributes(data),
			previousAttributes: findPreviousAttributes(body, data),
		},
	};
}
