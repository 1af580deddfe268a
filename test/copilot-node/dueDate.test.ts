import { calendarDateOf, dueDateOf } from '../../nodes/Copilot/fields/dueDate';
import type { FakeCopilotApi } from '../fake-copilot-api';
import { runCopilotNode } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';

/** Time zones of n8n's server from UTC−11 to UTC+14, and UTC itself. */
const ZONES = ['UTC', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', 'Pacific/Kiritimati'];

/** Runs `check` with the process (n8n's server) in each zone; Node reads TZ again when it changes. */
function inEachZone(check: (zone: string) => void | Promise<void>) {
	return async () => {
		const before = process.env.TZ;
		try {
			for (const zone of ZONES) {
				process.env.TZ = zone;
				await check(zone);
			}
		} finally {
			if (before === undefined) delete process.env.TZ;
			else process.env.TZ = before;
		}
	};
}

describe('a task’s due date is the calendar date chosen, whatever the time zone', () => {
	it(
		'keeps the date of a bare date and of a time without an offset, as n8n’s date picker gives it',
		inEachZone((zone) => {
			for (const workflowZone of ['UTC', 'Asia/Tokyo', 'America/New_York']) {
				expect([zone, calendarDateOf('2031-03-10', workflowZone)]).toEqual([zone, '2031-03-10']);
				expect([zone, calendarDateOf('2031-03-10T00:00:00', workflowZone)]).toEqual([zone, '2031-03-10']);
				expect([zone, calendarDateOf('2031-03-10T23:59:59.999', workflowZone)]).toEqual([zone, '2031-03-10']);
				expect([zone, calendarDateOf(' 2031-03-10 08:00 ', workflowZone)]).toEqual([zone, '2031-03-10']);
			}
		}),
	);

	it(
		'keeps the date a time with an offset names in its own offset, though UTC is on another day',
		inEachZone((zone) => {
			expect([zone, calendarDateOf('2031-03-10T08:00:00+09:00', 'UTC')]).toEqual([zone, '2031-03-10']);
			expect([zone, calendarDateOf('2031-03-10T20:00:00-07:00', 'Asia/Tokyo')]).toEqual([zone, '2031-03-10']);
			expect([zone, calendarDateOf('2031-03-10T00:00:00Z', 'Pacific/Pago_Pago')]).toEqual([zone, '2031-03-10']);
			// A Luxon DateTime, as {{ $now }} gives, in n8n's zone.
			const luxonLike = { toISO: () => '2031-03-10T07:30:00.000+09:00' };
			expect([zone, calendarDateOf(luxonLike, 'UTC')]).toEqual([zone, '2031-03-10']);
		}),
	);

	it(
		'dates an instant of its own (a JavaScript Date, milliseconds) in n8n’s time zone',
		inEachZone((zone) => {
			const instant = Date.UTC(2031, 2, 9, 23, 30); // the 9th at 23:30 UTC: the 10th in Tokyo
			expect([zone, calendarDateOf(new Date(instant), 'Asia/Tokyo')]).toEqual([zone, '2031-03-10']);
			expect([zone, calendarDateOf(instant, 'UTC')]).toEqual([zone, '2031-03-09']);
			expect([zone, calendarDateOf(instant, 'America/Los_Angeles')]).toEqual([zone, '2031-03-09']);
			expect([zone, calendarDateOf(instant, 'Not/AZone')]).toEqual([zone, '2031-03-09']);
		}),
	);

	it(
		'keeps the date other text names, and knows what is no date at all',
		inEachZone((zone) => {
			expect([zone, calendarDateOf('March 10, 2031', 'Asia/Tokyo')]).toEqual([zone, '2031-03-10']);
			expect([zone, calendarDateOf('2031/03/10', 'UTC')]).toEqual([zone, '2031-03-10']);
			for (const junk of ['next Tuesday', '2031-02-30', '2031-13-01', '', '  ', new Date(Number.NaN), Number.NaN, {}, true, { toISO: () => null }]) {
				expect([zone, junk, calendarDateOf(junk, 'UTC')]).toEqual([zone, junk, undefined]);
			}
		}),
	);

	it('is sent as that date at 00:00 UTC, in RFC 3339, which Copilot keeps as the same date', () => {
		expect(dueDateOf('2031-03-10')).toBe('2031-03-10T00:00:00Z');
		expect(new Date(dueDateOf('2031-03-10')).toISOString().slice(0, 10)).toBe('2031-03-10');
	});
});

describe('Task › Create and Update send the chosen date, and Copilot keeps it', () => {
	let fake: FakeCopilotApi;
	const API_KEY = 'due-date-test-key';
	const nextYear = new Date().getUTCFullYear() + 1;

	withFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false }, (started) => (fake = started), { forgetBetweenTests: false });

	it(
		'sends a picked date as that date, with n8n’s server east or west of UTC',
		inEachZone(async (zone) => {
			const [user] = fake.demo.internalUsers;
			fake.clearRequests();
			const [created] = await runCopilotNode({
				parameters: { resource: 'task', operation: 'create', name: `Due in ${zone}`, additionalFields: { internalUserId: user.id, dueDate: `${nextYear}-03-10T00:00:00` } },
				credentials: { apiKey: API_KEY, baseUrl: fake.url },
			});
			expect([zone, fake.requests[0].body]).toMatchObject([zone, { dueDate: `${nextYear}-03-10T00:00:00Z` }]);
			expect([zone, created.json.dueDate]).toEqual([zone, `${nextYear}-03-10T00:00:00Z`]);
			const [updated] = await runCopilotNode({
				parameters: { resource: 'task', operation: 'update', taskId: String(created.json.id), updateFields: { dueDate: `${nextYear}-04-01T09:00:00+09:00` } },
				credentials: { apiKey: API_KEY, baseUrl: fake.url },
			});
			expect([zone, updated.json.dueDate]).toEqual([zone, `${nextYear}-04-01T00:00:00Z`]);
		}),
	);

	it('accepts a task due today (UTC), and Copilot keeps today’s date, never the day before', async () => {
		const today = new Date().toISOString().slice(0, 10);
		const [user] = fake.demo.internalUsers;
		const [task] = await runCopilotNode({
			parameters: { resource: 'task', operation: 'create', name: 'Due today', additionalFields: { internalUserId: user.id, dueDate: `${today}T00:00:00` } },
			credentials: { apiKey: API_KEY, baseUrl: fake.url },
		});
		expect(task.json.dueDate).toBe(`${today}T00:00:00Z`);
	});

	it('keeps, as Copilot’s tasks server does, the UTC date of a time it is sent, and refuses one before today', async () => {
		const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
		const post = async (dueDate: string) => {
			const response = await fetch(`${fake.url}/v1/tasks`, {
				method: 'POST',
				headers: { 'x-api-key': API_KEY, 'content-type': 'application/json' },
				body: JSON.stringify({ name: 'Raw', status: 'todo', internalUserId: fake.demo.internalUsers[0].id, dueDate }),
			});
			return { status: response.status, body: (await response.json()) as { dueDate?: string; message?: string } };
		};
		// 05:00 in Tokyo is 20:00 UTC the day before.
		expect(await post(`${day(2)}T05:00:00+09:00`)).toMatchObject({ status: 200, body: { dueDate: `${day(1)}T00:00:00Z` } });
		expect(await post(`${day(0)}T05:00:00+09:00`)).toEqual({ status: 400, body: { code: 'parameter_invalid', message: 'Due date cannot be in the past' } });
		expect(await post(`${day(0)}T23:59:00Z`)).toMatchObject({ status: 200, body: { dueDate: `${day(0)}T00:00:00Z` } });
	});

	it('refuses a value that is no date, naming it, before asking Copilot', async () => {
		fake.clearRequests();
		await expect(
			runCopilotNode({
				parameters: { resource: 'task', operation: 'create', name: 'x', additionalFields: { internalUserId: fake.demo.internalUsers[0].id, dueDate: 'soon' } },
				credentials: { apiKey: API_KEY, baseUrl: fake.url },
			}),
		).rejects.toThrow('Due Date must be a date, such as 2026-03-10, not "soon"');
		expect(fake.requests).toEqual([]);
	});
});
