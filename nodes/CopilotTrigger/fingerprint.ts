import { createHash } from 'crypto';

import type { CopilotEvent } from './event';
import { isJsonObject, ownValue } from './json';

type Work = { text: string } | { value: unknown };

/**
 * JSON with every object's keys in sorted order and no whitespace, so that the same data gives the
 * same text however it was serialised. Written with an explicit stack, not recursion: a valid event
 * may nest deeper than the call stack allows.
 */
export function canonicalJson(root: unknown): string {
	const parts: string[] = [];
	const work: Work[] = [{ value: root }];
	while (work.length > 0) {
		const next = work.pop()!;
		if ('text' in next) {
			parts.push(next.text);
			continue;
		}
		const { value } = next;
		if (Array.isArray(value)) {
			work.push({ text: ']' });
			for (let i = value.length - 1; i >= 0; i--) {
				work.push({ value: value[i] });
				if (i > 0) work.push({ text: ',' });
			}
			work.push({ text: '[' });
		} else if (isJsonObject(value)) {
			const keys = Object.keys(value).sort();
			work.push({ text: '}' });
			for (let i = keys.length - 1; i >= 0; i--) {
				work.push({ value: ownValue(value, keys[i]) });
				work.push({ text: `${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:` });
			}
			work.push({ text: '{' });
		} else {
			parts.push(JSON.stringify(value) ?? 'null');
		}
	}
	return parts.join('');
}

/**
 * What identifies an event across Copilot's redeliveries, which carry no event or delivery id:
 * the lower-case hex SHA-256 of the canonical JSON of its type, data and previous attributes.
 */
export function eventFingerprint(event: Pick<CopilotEvent, 'eventType' | 'data' | 'previousAttributes'>): string {
	const identity = { data: event.data, eventType: event.eventType, previousAttributes: event.previousAttributes };
	return createHash('sha256').update(canonicalJson(identity)).digest('hex');
}
