import { isEventSelected, parseList, touchesWatchedFields } from '../nodes/CopilotTrigger/selection';

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
