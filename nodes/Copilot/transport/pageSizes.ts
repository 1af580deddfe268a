import { NodeApiError } from 'n8n-workflow';

import { LARGE_PAGE_SIZE, SMALL_PAGE_SIZE } from './pagination';

/**
 * Which lists refused a large page. Should Copilot refuse a `limit` above 100 on a list (a 400 naming
 * limit), the node asks that list for 100 a page from then on, for as long as this process runs, so
 * that the refusal costs one request once, not once per page.
 */

const MAX_REMEMBERED = 1000;
const refusingLists = new Set<string>();

/** The page size to ask `list` (Base URL and path) for: large unless it refused a large page before. */
export function pageSizeFor(list: string, large: boolean): number {
	return large && !refusingLists.has(list) ? LARGE_PAGE_SIZE : SMALL_PAGE_SIZE;
}

/** Remembers that `list` refused a large page; the oldest is forgotten past MAX_REMEMBERED lists. */
export function rememberLargePagesRefused(list: string): void {
	if (refusingLists.size >= MAX_REMEMBERED) refusingLists.delete(refusingLists.values().next().value as string);
	refusingLists.add(list);
}

/** Forgets every refusal (for tests). */
export function forgetPageSizes(): void {
	refusingLists.clear();
}

/** Whether Copilot refused a request because of its `limit`: a 400 whose message or code names limit. */
export function refusedForItsLimit(error: unknown): boolean {
	if (!(error instanceof NodeApiError) || error.httpCode !== '400') return false;
	return /\blimit\b/i.test(`${error.message} ${String(error.context.copilotCode ?? '')}`);
}
