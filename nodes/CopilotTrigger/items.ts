import type { IDataObject } from 'n8n-workflow';

import type { FieldChange } from './changes';
import { ownValue } from './json';
import type { CopilotEvent } from './event';

function changeFields(change: FieldChange): IDataObject {
	const fields: IDataObject = {
		previous: change.previous as IDataObject,
		current: change.current as IDataObject,
	};
	if (change.added !== undefined) fields.added = change.added as IDataObject[];
	if (change.removed !== undefined) fields.removed = change.removed as IDataObject[];
	return fields;
}

/** One item for the whole event, with its changes listed. */
export function eventItem(event: CopilotEvent, changes: readonly FieldChange[]): IDataObject {
	return {
		eventType: event.eventType,
		resource: event.resource,
		action: event.action,
		data: event.data as IDataObject,
		previousAttributes: event.previousAttributes as IDataObject | null,
		changedFields: changes.map((change) => change.field),
		changes: changes.map((change) => ({ field: change.field, ...changeFields(change) })),
	};
}

/**
 * One item per changed field. An event whose changes are unknown still gives one item, with
 * `field: null`, so that nothing Copilot sent is silently dropped.
 */
export function changeItems(event: CopilotEvent, changes: readonly FieldChange[]): IDataObject[] {
	const head: IDataObject = {
		eventType: event.eventType,
		resource: event.resource,
		action: event.action,
		resourceId: (ownValue(event.data, 'id') ?? null) as IDataObject | null,
	};
	if (changes.length === 0) {
		return [{ ...head, field: null, previous: null, current: null, data: event.data as IDataObject }];
	}
	return changes.map((change) => ({
		...head,
		field: change.field,
		...changeFields(change),
		data: event.data as IDataObject,
	}));
}
