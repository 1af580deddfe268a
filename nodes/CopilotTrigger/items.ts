import type { IDataObject } from 'n8n-workflow';

import type { FieldChange } from './changes';
import type { CopilotEvent } from './event';
import { ownValue } from './json';

// Items are built as plain object literals: object spread costs about a microsecond per item in
// V8 here, which would make split-out items the dearest part of handling an event.

function changeEntry(change: FieldChange): IDataObject {
	const entry: IDataObject = {
		field: change.field,
		previous: change.previous as IDataObject,
		current: change.current as IDataObject,
	};
	if (change.added !== undefined) {
		entry.added = change.added as IDataObject[];
		entry.removed = change.removed as IDataObject[];
	}
	return entry;
}

/**
 * One item for the whole event, with its changes listed. The keys come in reading order, the ones a
 * workflow branches on first, since n8n's Table view shows them as columns in this order. When Copilot
 * sent no previous values (`changes` null), `changedFields` and `changes` are null, not empty lists,
 * so that a check of them cannot take "unknown" for "nothing changed"; `changesKnown` says which.
 */
export function eventItem(event: CopilotEvent, changes: readonly FieldChange[] | null, fingerprint: string): IDataObject {
	return {
		eventType: event.eventType,
		resource: event.resource,
		action: event.action,
		created: event.created as IDataObject | null,
		changesKnown: changes !== null,
		changedFields: changes === null ? null : changes.map((change) => change.field),
		changes: changes === null ? null : changes.map(changeEntry),
		previousAttributes: event.previousAttributes as IDataObject | null,
		data: event.data as IDataObject,
		eventFingerprint: fingerprint,
	};
}

function changeItem(
	event: CopilotEvent,
	resourceId: unknown,
	changesKnown: boolean,
	change: FieldChange | undefined,
	fingerprint: string,
): IDataObject {
	const item: IDataObject = {
		eventType: event.eventType,
		resource: event.resource,
		action: event.action,
		created: event.created as IDataObject | null,
		resourceId: resourceId as IDataObject | null,
		changesKnown,
		field: change === undefined ? null : change.field,
		previous: change === undefined ? null : (change.previous as IDataObject),
		current: change === undefined ? null : (change.current as IDataObject),
	};
	if (change?.added !== undefined) {
		item.added = change.added as IDataObject[];
		item.removed = change.removed as IDataObject[];
	}
	item.data = event.data as IDataObject;
	item.eventFingerprint = fingerprint;
	return item;
}

/**
 * One item per changed field. An event without a changed field to list still gives one item, with
 * `field: null`, so that nothing Copilot sent is silently dropped: `changesKnown` false when Copilot
 * sent no previous values, true when it sent an empty set of them.
 */
export function changeItems(event: CopilotEvent, changes: readonly FieldChange[] | null, fingerprint: string): IDataObject[] {
	const resourceId = ownValue(event.data, 'id') ?? null;
	const changesKnown = changes !== null;
	if (changes === null || changes.length === 0) return [changeItem(event, resourceId, changesKnown, undefined, fingerprint)];
	return changes.map((change) => changeItem(event, resourceId, true, change, fingerprint));
}
