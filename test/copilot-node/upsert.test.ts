import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { FakeCopilotApi } from '../fake-copilot-api';
import { runCopilotNode } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';

const API_KEY = 'upsert-test-key';

describe('Create or Update (upsert) of clients and companies', () => {
	let fake: FakeCopilotApi;
	const run = async (parameters: INodeParameters) =>
		(await runCopilotNode({ parameters, credentials: { apiKey: API_KEY, baseUrl: fake.url } })).map((item) => item.json);
	const sent = () => fake.requests.map(({ method, path, query, body }) => ({ method, path, query, body: body as IDataObject | undefined }));

	withFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false }, (started) => (fake = started), { forgetBetweenTests: false });

	beforeEach(() => fake.clearRequests());

	describe('Client › Create or Update, by email', () => {
		const upsert = (parameters: IDataObject) => run({ resource: 'client', operation: 'upsert', additionalFields: {}, ...parameters } as INodeParameters);

		it('creates the client when no client has the email, and says so', async () => {
			const [client] = await upsert({
				email: 'first.time@example.com',
				givenName: 'First',
				familyName: 'Time',
				additionalFields: { companyId: fake.demo.companies[1].id, sendInvite: true },
			});
			expect(client).toMatchObject({ email: 'first.time@example.com', companyId: fake.demo.companies[1].id, status: 'invited', upsert: 'created' });
			expect(sent()).toEqual([
				{ method: 'GET', path: '/v1/clients', query: { email: 'first.time@example.com', limit: '26' }, body: undefined },
				{
					method: 'POST',
					path: '/v1/clients',
					query: { sendInvite: 'true' },
					body: { givenName: 'First', familyName: 'Time', email: 'first.time@example.com', companyId: fake.demo.companies[1].id },
				},
			]);
		});

		it('updates only the fields given that differ, never inviting on update', async () => {
			const existing = fake.demo.clients[2];
			const [client] = await upsert({
				email: existing.email,
				givenName: existing.givenName,
				familyName: 'Patel-Young',
				additionalFields: { sendInvite: true, customFields: JSON.stringify({ phoneNumber: (existing.customFields as IDataObject).phoneNumber, tags: ['vip'] }) },
			});
			expect(client).toMatchObject({ id: existing.id, familyName: 'Patel-Young', upsert: 'updated' });
			expect(sent().slice(1)).toEqual([
				{ method: 'PATCH', path: `/v1/clients/${existing.id}`, query: {}, body: { familyName: 'Patel-Young', customFields: { tags: ['vip'] } } },
			]);
		});

		it('sends nothing when the client already is as given, and outputs it as it is', async () => {
			const existing = fake.store.get('client', fake.demo.clients[3].id)!;
			const [client] = await upsert({
				email: existing.email,
				givenName: existing.givenName,
				familyName: existing.familyName,
				additionalFields: { companyId: existing.companyId, customFields: JSON.stringify({ tags: (existing.customFields as IDataObject).tags }) },
			});
			expect(client).toEqual({ ...existing, upsert: 'unchanged' });
			expect(sent().map((request) => request.method)).toEqual(['GET']);
		});

		it('moves a client of two companies to the one given: that is a change', async () => {
			const twoCompanies = fake.demo.clients[7];
			const [client] = await upsert({ email: twoCompanies.email, additionalFields: { companyId: twoCompanies.companyId } });
			expect(client).toMatchObject({ companyIds: [twoCompanies.companyId], upsert: 'updated' });
			expect(sent()[1].body).toEqual({ companyId: twoCompanies.companyId });
		});

		it('refuses to create a client without both names, having only looked', async () => {
			await expect(upsert({ email: 'nameless@example.com', givenName: 'Only' })).rejects.toThrow(
				'No client has the email nameless@example.com, so one is created, and that needs Given Name and Family Name',
			);
			expect(sent().map((request) => request.method)).toEqual(['GET']);
		});

		it('matches the email as Copilot’s filter does: exactly, so another spelling is another client', async () => {
			const existing = fake.demo.clients[4];
			const shouted = String(existing.email).toUpperCase();
			await upsert({ email: shouted, givenName: 'Zoe', familyName: 'Nakamura' });
			expect(sent()[0].query).toEqual({ email: shouted, limit: '26' });
			expect(sent()[1].method).toBe('POST');
		});

		it('runs twice for the same person as a resubmitted form: one client, created then unchanged', async () => {
			const person = { email: 'twice@example.com', givenName: 'Twice', familyName: 'Submitted' };
			const [first] = await upsert(person);
			const [second] = await upsert(person);
			expect([first.upsert, second.upsert]).toEqual(['created', 'unchanged']);
			expect(fake.store.list('client').filter((client) => client.email === person.email)).toHaveLength(1);
		});
	});

	describe('Company › Create or Update, by name', () => {
		const upsert = (parameters: IDataObject) => run({ resource: 'company', operation: 'upsert', additionalFields: {}, ...parameters } as INodeParameters);

		it('creates the company when none has the name, with its create-only fields', async () => {
			const [company] = await upsert({ name: 'Brand New Co', additionalFields: { fallbackColor: '#123456', customFields: '{"industry":"Tea"}' } });
			expect(company).toMatchObject({ name: 'Brand New Co', fallbackColor: '#123456', customFields: { industry: 'Tea' }, upsert: 'created' });
			expect(sent().map(({ method, path, query }) => [method, path, query])).toEqual([
				['GET', '/v1/companies', { name: 'Brand New Co', limit: '26' }],
				['POST', '/v1/companies', {}],
			]);
		});

		it('updates the custom fields that differ, ignoring the create-only icon and colour', async () => {
			const existing = fake.demo.companies[1];
			const [company] = await upsert({
				name: existing.name,
				additionalFields: { iconImageUrl: 'https://example.com/x.png', customFields: '{"industry":"Advisory"}' },
			});
			expect(company).toMatchObject({ id: existing.id, customFields: { industry: 'Advisory' }, upsert: 'updated' });
			expect(sent()[1]).toMatchObject({ method: 'PATCH', path: `/v1/companies/${existing.id}`, body: { customFields: { industry: 'Advisory' } } });
		});

		it('sends nothing when the company already is as given', async () => {
			const existing = fake.store.get('company', fake.demo.companies[2].id)!;
			const [company] = await upsert({ name: existing.name, additionalFields: { customFields: JSON.stringify(existing.customFields) } });
			expect(company).toEqual({ ...existing, upsert: 'unchanged' });
			expect(sent().map((request) => request.method)).toEqual(['GET']);
		});

		it('refuses to guess between several companies of that name, naming how many and their ids', async () => {
			const namesakes = [1, 2, 3].map(() => fake.store.add('company', { name: 'Acme', isPlaceholder: false }));
			const error = await upsert({ name: 'Acme', additionalFields: { customFields: '{"industry":"Anvils"}' } }).catch((caught: unknown) => caught);
			expect(error).toMatchObject({ message: '3 companies are named Acme, so the node cannot tell which to update' });
			expect((error as Error & { description: string }).description).toBe(
				`Their IDs: ${namesakes.map((company) => company.id).join(', ')}. Update the one you mean with Company › Update, or rename the others in Copilot.`,
			);
			expect(sent().map((request) => request.method)).toEqual(['GET']);
		});
	});
});
