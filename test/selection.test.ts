import { isEventSelected, parseList, passesFieldFilter, touchesWatchedFields } from '../nodes/CopilotTrigger/selection';

describe('parseList', () => {
	it('splits on commas, trims and drops empty entries', () => {
		expect(parseList(' status, customFields.tags ,,  ')).toEqual(['status', 'customFields.tags']);
		expect(parseList('')).toEqual([]);
		expect(parseList(undefined)).toEqual([]);
	});
});

describe('isEventSelected', () => {
	it('selects listed events, and everything under *', () => {
		expect(isEventSelected('client.updated', ['client.updated'])).toBe(true);
		expect(isEventSelected('client.created', ['client.updated'])).toBe(false);
		expect(isEventSelected('anything.new', ['*'])).toBe(true);
		expect(isEventSelected('client.updated', [])).toBe(false);
	});
});

describe('touchesWatchedFields', () => {
	it('matches a watched path and the paths below it, not its siblings or parents', () => {
		expect(touchesWatchedFields(['status'], ['status'])).toBe(true);
		expect(touchesWatchedFields(['customFields.tags'], ['customFields'])).toBe(true);
		expect(touchesWatchedFields(['customFields.tagsOld'], ['customFields.tags'])).toBe(false);
		expect(touchesWatchedFields(['customFields'], ['customFields.tags'])).toBe(false);
		expect(touchesWatchedFields(['statusReason'], ['status'])).toBe(false);
		expect(touchesWatchedFields([], ['status'])).toBe(false);
	});
});

describe('passesFieldFilter', () => {
	const status = [{ field: 'status' }];
	const tags = [{ field: 'customFields.tags' }];

	it('lets every event through when no field is watched', () => {
		for (const ignoreUnknown of [false, true]) {
			expect(passesFieldFilter(null, [], ignoreUnknown)).toBe(true);
			expect(passesFieldFilter([], [], ignoreUnknown)).toBe(true);
			expect(passesFieldFilter(tags, [], ignoreUnknown)).toBe(true);
		}
	});

	it('decides on the changed fields when they are known', () => {
		expect(passesFieldFilter(status, ['status'], false)).toBe(true);
		expect(passesFieldFilter(tags, ['customFields'], true)).toBe(true);
		expect(passesFieldFilter(tags, ['status'], false)).toBe(false);
		expect(passesFieldFilter([], ['status'], false)).toBe(false);
	});

	it('lets an event with unknown changes through unless the user chose to ignore such events', () => {
		expect(passesFieldFilter(null, ['status'], false)).toBe(true);
		expect(passesFieldFilter(null, ['status'], true)).toBe(false);
	});
});
