import { NodeApiError, type IDataObject } from 'n8n-workflow';

import { resourcePath } from '../transport/client';
import type { ItemContext } from './ItemContext';

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

/** More records under one key than any workspace should hold; enough to say how many there are. */
export const NAMESAKES_SHOWN = 25;

/** One Create or Update: how to find the record by its key, create it, and what an update would change. */
export interface UpsertSpec {
	/** The records with the key, at most `max` (Copilot's own filter). */
	find: (max: number) => Promise<IDataObject[]>;
	create: () => Promise<IDataObject>;
	/** The update body that would change `record`; empty when it already is as asked. */
	changes: (record: IDataObject) => IDataObject;
	/** Where the record is updated: `/v1/clients`. */
	collection: string;
	/** Said when several have the key: "companies are named Acme". */
	several: string;
	/** What the user can do about several: "Update the one you mean with …". */
	severalHint: string;
}

/**
 * Copilot's answer to a create for a key another record already has. Between the node's look-up and
 * its create another execution (a form submitted twice at once) can create the same record.
 */
export function isAlreadyExists(error: unknown): boolean {
	return error instanceof NodeApiError && /^4\d\d$/.test(error.httpCode ?? '') && /already exists/i.test(error.message);
}

/** The one record found; several fail the item naming them, since the node cannot tell which is meant. */
function onlyOne(item: ItemContext, spec: UpsertSpec, found: IDataObject[]): IDataObject | undefined {
	if (found.length <= 1) return found[0];
	const ids = found.slice(0, NAMESAKES_SHOWN).map((record) => String(record.id));
	const count = found.length > NAMESAKES_SHOWN ? `More than ${NAMESAKES_SHOWN}` : String(found.length);
	throw item.error(`${count} ${spec.several}, so the node cannot tell which to update`, `Their IDs: ${ids.join(', ')}. ${spec.severalHint}`);
}

/**
 * Finds the record by its key and updates what differs, or creates it. Should the create be refused
 * because the record exists now (another execution made it since the look-up), the node looks again
 * and updates that record: two executions upserting the same key at once end with one record.
 */
export async function upsertRecord(item: ItemContext, spec: UpsertSpec): Promise<IDataObject> {
	let record = onlyOne(item, spec, await spec.find(NAMESAKES_SHOWN + 1));
	if (!record) {
		const created = await spec.create().then(
			(made) => ({ made }),
			(error: unknown) => ({ error }),
		);
		if ('made' in created) return withOutcome(created.made, 'created');
		if (!isAlreadyExists(created.error)) throw created.error;
		record = onlyOne(item, spec, await spec.find(NAMESAKES_SHOWN + 1));
		// Copilot said it exists but its list does not show it (yet): its refusal is the answer.
		if (!record) throw created.error;
	}
	const changes = spec.changes(record);
	if (Object.keys(changes).length === 0) return withOutcome(record, 'unchanged');
	const updated = await item.request({ method: 'PATCH', path: resourcePath(spec.collection, String(record.id)), body: changes });
	return withOutcome(updated, 'updated');
}
