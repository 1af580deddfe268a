/**
 * A task's due date as the user means it: a calendar date, whatever the time zone of n8n or of its
 * server. Copilot keeps a due date as a date alone, the UTC date of the value it is sent
 * (copilot-platforms/tasks-app: prisma/schema/task.prisma `dueDate String? @db.VarChar(10)`;
 * src/utils/dateHelper.ts `rfc3339ToDateString`), so the node sends that date at 00:00 UTC.
 *
 * - A bare date or a time without an offset (n8n's date picker gives "2026-03-10T00:00:00") keeps
 *   its date.
 * - A time with an offset (or Z) keeps the date it names in its own offset: 2026-03-10T08:00+09:00
 *   is the 10th, though it is the 9th in UTC.
 * - An instant without a calendar of its own (a JavaScript Date, milliseconds) is dated in n8n's
 *   time zone (the workflow's, else the instance's).
 * - Other text that JavaScript reads as a date ("March 10, 2026") keeps the date it names.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T\s])/;

function isRealDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The date an ISO 8601 text starts with, if it is a real one. */
function isoDateOf(text: string): string | undefined {
	const match = ISO_DATE.exec(text.trim());
	if (!match) return undefined;
	const [year, month, day] = match.slice(1).map(Number);
	return isRealDate(year, month, day) ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** The date of an instant in `timeZone` (in UTC should n8n name a zone the runtime does not know). */
function dateIn(instant: Date, timeZone: string): string | undefined {
	if (Number.isNaN(instant.getTime())) return undefined;
	let format: Intl.DateTimeFormat;
	try {
		format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
	} catch {
		format = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
	}
	const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
	return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A text JavaScript can read as a date, without an offset: the date it names, read where it was written. */
function namedDateOf(text: string): string | undefined {
	const parsed = new Date(text);
	if (Number.isNaN(parsed.getTime())) return undefined;
	return `${pad(parsed.getFullYear(), 4)}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}

/** A value with its own ISO form, such as the Luxon DateTime an expression like `{{ $now }}` gives. */
function isoFormOf(value: object): string | undefined {
	const toISO = (value as { toISO?: unknown }).toISO;
	if (typeof toISO !== 'function') return undefined;
	const iso: unknown = toISO.call(value);
	return typeof iso === 'string' ? iso : undefined;
}

/**
 * The calendar date (YYYY-MM-DD) the user chose, read as described above; `timeZone` dates an
 * instant. Undefined when the value is no date at all.
 */
export function calendarDateOf(value: unknown, timeZone: string): string | undefined {
	if (value instanceof Date) return dateIn(value, timeZone);
	if (typeof value === 'number') return Number.isFinite(value) ? dateIn(new Date(value), timeZone) : undefined;
	const text = typeof value === 'object' && value !== null ? isoFormOf(value) : typeof value === 'string' ? value : undefined;
	if (text === undefined || text.trim() === '') return undefined;
	if (ISO_DATE.test(text.trim())) return isoDateOf(text);
	return namedDateOf(text);
}

/** The due date Copilot is sent: the chosen date at 00:00 UTC, in RFC 3339, which Copilot keeps as that date. */
export function dueDateOf(date: string): string {
	return `${date}T00:00:00Z`;
}
