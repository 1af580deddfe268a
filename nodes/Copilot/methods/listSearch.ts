import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { CopilotClient } from '../transport/client';
import { nextTokenOf, recordsOf, SMALL_PAGE_SIZE } from '../transport/pagination';

function words(...parts: unknown[]): string {
	return parts.filter((part) => typeof part === 'string' && part.trim() !== '').join(' ');
}

/**
 * One page of a Copilot list as "From List" results. Copilot's lists have no text search, so the
 * filter typed in the editor is matched here against each record's label, page by page.
 */
async function searchPage(
	context: ILoadOptionsFunctions,
	path: string,
	label: (record: IDataObject) => string,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await new CopilotClient(context).request({
		method: 'GET',
		path,
		qs: { limit: SMALL_PAGE_SIZE, nextToken: paginationToken },
	});
	const wanted = (filter ?? '').trim().toLowerCase();
	const results = recordsOf(page)
		.map((record) => ({ name: label(record) || String(record.id), value: String(record.id) }))
		.filter((result) => wanted === '' || result.name.toLowerCase().includes(wanted));
	return { results, paginationToken: nextTokenOf(page) };
}

const personLabel = (record: IDataObject) =>
	words(record.givenName, record.familyName) + (record.email ? ` (${String(record.email)})` : '');

const channelLabel = (record: IDataObject) =>
	words(
		String(record.membershipType ?? 'channel').replace(/^\w/, (first) => first.toUpperCase()),
		'channel',
		record.clientId ? `of client ${String(record.clientId)}` : record.companyId ? `of company ${String(record.companyId)}` : '',
	);

export async function searchClients(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchPage(this, '/v1/clients', personLabel, filter, token);
}

export async function searchCompanies(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchPage(this, '/v1/companies', (record) => words(record.name), filter, token);
}

export async function searchInternalUsers(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchPage(this, '/v1/internal-users', personLabel, filter, token);
}

export async function searchTasks(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchPage(this, '/v1/tasks', (record) => words(record.name), filter, token);
}

export async function searchMessageChannels(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchPage(this, '/v1/message-channels', channelLabel, filter, token);
}
