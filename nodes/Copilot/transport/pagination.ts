import type { IDataObject } from 'n8n-workflow';

/** Copilot serves at most this many records a page, whatever `limit` asks for. */
export const MAX_PAGE_SIZE = 100;

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
 * Follows `nextToken` until the last page, or until `max` records are in hand, asking each page
 * for no more than are still wanted.
 */
export async function collectPages(
	fetchPage: (query: PageQuery) => Promise<unknown>,
	max = Infinity,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	let nextToken: string | undefined;
	do {
		const query: PageQuery = { limit: Math.min(MAX_PAGE_SIZE, max - records.length) };
		if (nextToken !== undefined) query.nextToken = nextToken;
		const page = await fetchPage(query);
		records.push(...recordsOf(page));
		nextToken = nextTokenOf(page);
	} while (nextToken !== undefined && records.length < max);
	return records.length > max ? records.slice(0, max) : records;
}
