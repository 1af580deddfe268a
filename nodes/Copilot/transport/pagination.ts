import type { IDataObject } from 'n8n-workflow';

/**
 * The page Return All asks for. No Copilot document states a maximum; Copilot's own apps read their
 * lists in pages of 5,000 clients (tasks-app, client-home), 10,000 invoices (quickbooks-sync) and
 * 100,000 companies (client-home). A tenth of the smallest of those keeps each answer well inside the
 * request timeout and a retried page small, and lists 10,000 records in 10 requests instead of 100:
 * every plan but Enterprise has a monthly request cap.
 */
export const LARGE_PAGE_SIZE = 1000;

/** SDK's default page, and what Copilot serves everywhere; for dropdowns, list searches and lists that refuse more. */
export const SMALL_PAGE_SIZE = 100;

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The records of a list answer: `{ data: [...] }`, or a bare array as some typed responses show. */
export function recordsOf(body: unknown): IDataObject[] {
	const records = isObject(body) ? body.data : body;
	return Array.isArray(records) ? records.filter(isObject) : [];
}

/**
 * The token of the next page, read from every list answer (eight lists' typed responses omit it but
 * the API sends it). Empty or missing means the last page.
 */
export function nextTokenOf(body: unknown): string | undefined {
	const token = isObject(body) ? body.nextToken : undefined;
	return typeof token === 'string' && token !== '' ? token : undefined;
}

export type PageQuery = { limit: number; nextToken?: string };

/**
 * More pages than any workspace can hold (a million records at 100 a page): a list still going past
 * this is a server fault, not data.
 */
export const MAX_PAGES = 10_000;

/** A list that would never end: Copilot repeated a page token, or sent more pages than can exist. */
export class EndlessListError extends Error {
	constructor(
		readonly list: string,
		reason: string,
		readonly records: number,
	) {
		super(`Copilot's list ${list} did not end: ${reason}; stopped after ${records} records`);
		this.name = 'EndlessListError';
	}
}

/**
 * Follows `nextToken` until the last page, or until `max` records are in hand, asking each page for
 * `pageSize()` records, or the fewer still wanted (read again for each page: it may fall back to
 * smaller pages on the way). A server that serves fewer than asked is followed all the same. `list`
 * names the list in errors.
 */
export async function collectPages(
	list: string,
	fetchPage: (query: PageQuery) => Promise<unknown>,
	max = Infinity,
	pageSize: () => number = () => SMALL_PAGE_SIZE,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	const tokens = new Set<string>();
	let nextToken: string | undefined;
	let pages = 0;
	do {
		if (pages === MAX_PAGES) throw new EndlessListError(list, `it sent more than ${MAX_PAGES} pages`, records.length);
		if (nextToken !== undefined) {
			if (tokens.has(nextToken)) throw new EndlessListError(list, 'it sent a nextToken it had sent before', records.length);
			tokens.add(nextToken);
		}
		const query: PageQuery = { limit: Math.min(pageSize(), max - records.length) };
		if (nextToken !== undefined) query.nextToken = nextToken;
		const page = await fetchPage(query);
		pages++;
		records.push(...recordsOf(page));
		nextToken = nextTokenOf(page);
	} while (nextToken !== undefined && records.length < max);
	return records.length > max ? records.slice(0, max) : records;
}
