import { splitChanges } from '../nodes/CopilotTrigger/changes';
import { parseEvent, type CopilotEvent } from '../nodes/CopilotTrigger/event';
import { changeItems, eventItem } from '../nodes/CopilotTrigger/items';
import { CLIENT_STATUS_UPDATED, TASK_UPDATED } from './helpers/samplePayloads';

function parsed(body: unknown): CopilotEvent {
	const result = parseEvent(Buffer.from(JSON.stringify(body)));
	if (!result.ok) throw new Error(result.message);
	return result.event;
}

const FINGERPRINT = 'f'.repeat(64);
const itemsOf = (event: CopilotEvent) => ({
	event: eventItem(event, splitChanges(event.data, event.previousAttributes), FINGERPRINT),
	split: changeItems(event, splitChanges(event.data, event.previousAttributes), FINGERPRINT),
});

describe('eventItem', () => {
	it('leads with what a workflow reads first: type, resource, action, created, whether the changes are known', () => {
		const { event } = itemsOf(parsed(TASK_UPDATED));
		expect(Object.keys(event).slice(0, 5)).toEqual(['eventType', 'resource', 'action', 'created', 'changesKnown']);
		expect(event.created).toBe(TASK_UPDATED.created);
	});

	it('has null, never empty lists, for changedFields and changes when Copilot sent no previous values', () => {
		const { event } = itemsOf(parsed(TASK_UPDATED));
		expect(event).toMatchObject({ changesKnown: false, changedFields: null, changes: null, previousAttributes: null });
	});

	it('has empty lists when Copilot sent previous values holding nothing', () => {
		const { event } = itemsOf(parsed({ eventType: 'client.updated', data: { id: 'c', previousAttributes: {} } }));
		expect(event).toMatchObject({ changesKnown: true, changedFields: [], changes: [], created: null });
	});

	it('lists the changes when Copilot sent previous values', () => {
		const { event } = itemsOf(parsed(CLIENT_STATUS_UPDATED));
		expect(event).toMatchObject({ changesKnown: true, changedFields: ['companyId', 'status'] });
	});
});

describe('changeItems', () => {
	it('gives one item per changed field, each saying the changes are known and when the event was sent', () => {
		const { split } = itemsOf(parsed({ ...CLIENT_STATUS_UPDATED, created: '2026-12-01T10:00:00Z' }));
		expect(split.map((item) => [item.field, item.changesKnown, item.created])).toEqual([
			['companyId', true, '2026-12-01T10:00:00Z'],
			['status', true, '2026-12-01T10:00:00Z'],
		]);
	});

	it('gives one item with field null and changesKnown false for an event without previous values', () => {
		const { split } = itemsOf(parsed(TASK_UPDATED));
		expect(split).toEqual([
			{
				eventType: 'task.updated',
				resource: 'task',
				action: 'updated',
				created: TASK_UPDATED.created,
				resourceId: TASK_UPDATED.data.id,
				changesKnown: false,
				field: null,
				previous: null,
				current: null,
				data: TASK_UPDATED.data,
				eventFingerprint: FINGERPRINT,
			},
		]);
	});

	it('gives one item with field null and changesKnown true when the previous values hold nothing', () => {
		const { split } = itemsOf(parsed({ eventType: 'client.updated', data: { id: 'c', previousAttributes: {} } }));
		expect(split).toEqual([expect.objectContaining({ resourceId: 'c', changesKnown: true, field: null })]);
	});
});
