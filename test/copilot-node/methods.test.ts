import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import * as listSearch from '../../nodes/Copilot/methods/listSearch';
import * as loadOptions from '../../nodes/Copilot/methods/loadOptions';
import { startFakeCopilotApi, type FakeCopilotApi, type FakeRecord } from '../fake-copilot-api';
import { loadOptionsContext } from '../helpers/copilotNode';

const API_KEY = 'methods-test-key';

describe('what the editor loads from Copilot', () => {
	let fake: FakeCopilotApi;
	let context: ILoadOptionsFunctions;

	beforeAll(async () => {
		fake = await startFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false });
		context = loadOptionsContext({ apiKey: API_KEY, baseUrl: fake.url });
	});

	afterAll(async () => {
		await fake.stop();
	});

	const search = (method: keyof typeof listSearch, filter?: string, token?: string): Promise<INodeListSearchResult> =>
		listSearch[method].call(context, filter, token);

	describe('"From List"', () => {
		it('lists clients by name and email, filtered by what the user types', async () => {
			const all = await search('searchClients');
			expect(all.results).toHaveLength(fake.demo.clients.length);
			expect(all.results[0]).toEqual({ name: 'Ava Thompson (ava.thompson@example.com)', value: fake.demo.clients[0].id });
			expect(all.paginationToken).toBeUndefined();
			const filtered = await search('searchClients', 'PATEL');
			expect(filtered.results.map((result) => result.name)).toEqual(['Mia Patel (mia.patel@example.com)']);
		});

		it('pages through a long list with Copilot’s nextToken', async () => {
			const companyId = fake.store.add('company', { name: 'Many clients Inc', isPlaceholder: false }).id;
			fake.seedClients(150, { companyId });
			const first = await search('searchClients');
			expect(first.results).toHaveLength(100);
			expect(first.paginationToken).toEqual(expect.any(String));
			const second = await search('searchClients', undefined, first.paginationToken as string);
			expect(second.results).toHaveLength(fake.store.list('client').length - 100);
			expect(second.paginationToken).toBeUndefined();
			for (const client of fake.store.list('client').filter((record) => record.companyId === companyId)) fake.store.remove('client', client.id);
		});

		it('lists companies, tasks, internal users and message channels with readable names', async () => {
			expect((await search('searchCompanies', 'globex')).results).toEqual([
				{ name: 'Globex Partners', value: fake.demo.companies[1].id },
			]);
			expect((await search('searchTasks', 'billing address')).results).toEqual([
				{ name: 'Confirm your billing address', value: fake.demo.tasks[1].id },
			]);
			expect((await search('searchInternalUsers')).results.map((result) => result.name)).toEqual([
				'Grace Hopper (grace.hopper@example.com)',
				'Alan Turing (alan.turing@example.com)',
			]);
			const channels = await search('searchMessageChannels', fake.demo.clients[0].id);
			expect(channels.results).toEqual([
				{ name: `Individual channel of client ${fake.demo.clients[0].id}`, value: fake.demo.messageChannels[0].id },
			]);
		});

		it('shows Copilot’s refusal when the key is wrong', async () => {
			const wrong = loadOptionsContext({ apiKey: 'wrong', baseUrl: fake.url });
			await expect(listSearch.searchClients.call(wrong)).rejects.toThrow('Invalid API key');
		});
	});

	describe('dropdowns', () => {
		it('offers task templates, forms and contract templates by name, sorted', async () => {
			const names = (records: FakeRecord[]) => records.map((record) => String(record.name)).sort();
			expect((await loadOptions.getTaskTemplates.call(context)).map((option) => option.name)).toEqual(names(fake.demo.taskTemplates));
			expect((await loadOptions.getForms.call(context)).map((option) => option.value)).toEqual(
				[...fake.demo.forms].sort((a, b) => String(a.name).localeCompare(String(b.name))).map((form) => form.id),
			);
			expect((await loadOptions.getContractTemplates.call(context)).map((option) => option.name)).toEqual(
				names(fake.demo.contractTemplates),
			);
		});

		it('offers custom fields by key for clients and for companies, and all of them with their entity', async () => {
			expect(await loadOptions.getClientCustomFields.call(context)).toEqual([
				{ name: 'Phone number (phoneNumber)', value: 'phoneNumber', description: undefined },
				{ name: 'Tags (multiSelect)', value: 'tags', description: undefined },
			]);
			expect((await loadOptions.getCompanyCustomFields.call(context)).map((option) => option.value)).toEqual(['industry']);
			const all = await loadOptions.getCustomFields.call(context);
			expect(all.map((option) => option.name)).toEqual([
				'Industry (text) of company',
				'Phone number (phoneNumber) of client',
				'Tags (multiSelect) of client',
			]);
			expect(all.map((option) => option.value)).toEqual(expect.arrayContaining(fake.demo.customFields.map((field) => field.id)));
		});
	});
});
