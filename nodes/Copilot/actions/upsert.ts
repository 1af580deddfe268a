import type { IDataObject } from 'n8n-workflow';

/**
 * What Create or Update did, in the field the node adds to the record it outputs, so that a workflow
 * can tell a new record from an existing one (e.g. send a welcome message only to new clients).
 */
export const UPSERT_FIELD = 'upsert';
export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export function withOutcome(record: IDataObject, outcome: UpsertOutcome): IDataObject {
	return { ...record, [UPSERT_FIELD]: outcome };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The part of `changes` that would change `record`: fields whose value it already has are left out,
 * custom fields key by key (an update sends only the keys it changes; the others stay as they are).
 */
export function realChanges(record: IDataObject, changes: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [field, value] of Object.entries(changes)) {
		if (value === undefined) continue;
		if (field === 'customFields') {
			const current = (record.customFields ?? {}) as IDataObject;
			const changed = Object.entries(value as IDataObject).filter(([key, wanted]) => !same(current[key], wanted));
			if (changed.length > 0) result.customFields = Object.fromEntries(changed);
		} else if (!same(record[field], value)) {
			result[field] = value;
		}
	}
	return result;
}
