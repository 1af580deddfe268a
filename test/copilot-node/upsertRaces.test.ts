import { NodeApiError, type IDataObject, type INodeParameters } from 'n8n-workflow';

import type { FakeCopilotApi } from '../fake-copilot-api';
import { runCopilotNode } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';

const API_KEY = 'upsert-races-test-key';

/** Create or Update where it can go wrong: executions racing, look-ups failing, namesakes, a failing update. */
describe('Create or Update under races and failures', () => {
	let fake: FakeCopilotApi;
	const run = async (parameters: IDataObject) =>
		(await runCopilotNode({ parameters: parameters as INodeParameters, credentials: { apiKey: API_KEY, baseUrl: fake.url } })).map(
			(item) => item.json,
		);
	const clientUpsert = (parameters: IDataObject) => run({ resource: 'client', operation: 'upsert', additionalFields: {}, ...parameters });
	const companyUpsert = (parameters: IDataObject) => run({ resource: 'company', operation: 'upsert', additionalFields: {}, ...parameters });
	const calls = () => fake.requests.map((request) => `${request.method} ${request.path} ${request.status}`);
	const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as NodeApiError);

	withFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false }, (started) => (fake = started));

	describe('two executions upserting the same key at once', () => {
		it('end with one client: the create refused as existing looks the client up again and updates it', async () => {
			const email = 'race@example.com';
			// Both look-ups are done before either answer comes back, so both find no client and both create.
			fake.failNext({ method: 'GET', path: '/v1/clients', count: 2, afterWrite: true, together: true });
			const [[first], [second]] = await Promise.all([
				clientUpsert({ email, givenName: 'Race', familyName: 'First', additionalFields: { customFields: '{"phoneNumber":"+1 555 0101"}' } }),
				clientUpsert({ email, givenName: 'Race', familyName: 'Second', additionalFields: { customFields: '{"phoneNumber":"+1 555 0102"}' } }),
			]);
			const clients = fake.store.list('client').filter((client) => client.email === email);
			expect(clients).toHaveLength(1);
			expect([first.upsert, second.upsert].sort()).toEqual(['created', 'updated']);
			const creates = fake.requests.filter((request) => request.method === 'POST').map((request) => request.status);
			expect(creates.sort()).toEqual([200, 400]);
			// The loser's values were applied to the one client, as an update.
			const loser = first.upsert === 'updated' ? first : second;
			expect(loser).toMatchObject({ id: clients[0].id, familyName: clients[0].familyName, upsert: 'updated' });
			expect(fake.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
		});

		it('end with one company: the create refused as existing looks the company up again', async () => {
			const name = 'Racing Ltd';
			fake.failNext({ method: 'GET', path: '/v1/companies', count: 2, afterWrite: true, together: true });
			const outcomes = await Promise.all([companyUpsert({ name }), companyUpsert({ name })]);
			expect(fake.store.list('company').filter((company) => company.name === name)).toHaveLength(1);
			// Nothing to change on the company the other created.
			expect(outcomes.map(([company]) => company.upsert).sort()).toEqual(['created', 'unchanged']);
			expect(new Set(outcomes.map(([company]) => company.id)).size).toBe(1);
		});

		it('still fails with Copilot’s refusal when the look-up after it finds nothing', async () => {
			const email = 'phantom@example.com';
			fake.failNext({ method: 'POST', path: '/v1/clients', status: 400, body: { code: 'parameter_invalid', message: 'Client already exists' } });
			const error = await failure(clientUpsert({ email, givenName: 'Phan', familyName: 'Tom' }));
			expect(error).toMatchObject({ message: 'Client already exists', httpCode: '400' });
			expect(calls()).toEqual(['GET /v1/clients 200', 'POST /v1/clients 400', 'GET /v1/clients 200']);
		});

		it('does not look again after another refusal', async () => {
			const error = await failure(clientUpsert({ email: 'bad@example.com', givenName: 'Bad', familyName: 'Company', additionalFields: { companyId: 'no-such-company' } }));
			expect(error).toMatchObject({ message: 'companyId does not match any company', httpCode: '400' });
			expect(calls()).toEqual(['GET /v1/clients 200', 'POST /v1/clients 400']);
		});
	});

	describe('a create whose answer was lost', () => {
		it('reports a look-up that failed as failed, not as "found none"', async () => {
			const email = 'lookup.failed@example.com';
			fake.failNext({ method: 'POST', path: '/v1/clients', status: 502, afterWrite: true });
			fake.failNext({ method: 'GET', path: '/v1/clients', status: 403, body: { code: 'forbidden', message: 'The API key may not list clients' } });
			const error = await failure(run({ resource: 'client', operation: 'create', givenName: 'Look', familyName: 'Up', email, additionalFields: {} }));
			expect(error).toBeInstanceOf(NodeApiError);
			expect(error).toMatchObject({ httpCode: '502', context: expect.objectContaining({ mayHaveBeenDone: true }) });
			expect(error!.description).toBe(
				`The node then tried to look for a client with the email ${email}, but that failed too (The API key may not list clients), so whether Copilot created it is unknown. Look (Client › Get Many, filter Email) before you run this item again.`,
			);
			expect(fake.store.list('client').filter((client) => client.email === email)).toHaveLength(1);
		});

		it('says the same of a company', async () => {
			fake.failNext({ method: 'POST', path: '/v1/companies', hangUp: true });
			fake.failNext({ method: 'GET', path: '/v1/companies', status: 400, body: { code: 'parameter_invalid', message: 'name is too long' } });
			const error = await failure(run({ resource: 'company', operation: 'create', name: 'Lost And Unknown Ltd', additionalFields: {} }));
			expect(error!.description).toMatch(/^The node then tried to look for a company named Lost And Unknown Ltd, but that failed too \(name is too long\)/);
		});
	});

	describe('several records with the key', () => {
		it('Client › Create or Update sees clients sharing an email and fails naming them, updating none', async () => {
			const email = 'shared.inbox@example.com';
			const twins = [1, 2].map((n) => fake.store.add('client', { givenName: `Twin${n}`, familyName: 'Shared', email, customFields: {} }));
			const error = await failure(clientUpsert({ email, familyName: 'Changed' }));
			expect(error).toMatchObject({ message: `2 clients have the email ${email}, so the node cannot tell which to update` });
			expect(error!.description).toBe(
				`Their IDs: ${twins.map((twin) => twin.id).join(', ')}. Update the one you mean with Client › Update, or delete the others in Copilot.`,
			);
			expect(calls()).toEqual(['GET /v1/clients 200']);
		});

		it('says "more than 25" when more companies than it asked for have the name, listing the first 25', async () => {
			const namesakes = Array.from({ length: 30 }, () => fake.store.add('company', { name: 'Everywhere Inc', isPlaceholder: false, customFields: {} }));
			const error = await failure(companyUpsert({ name: 'Everywhere Inc' }));
			expect(error).toMatchObject({ message: 'More than 25 companies are named Everywhere Inc, so the node cannot tell which to update' });
			expect(error!.description).toBe(
				`Their IDs: ${namesakes
					.slice(0, 25)
					.map((company) => company.id)
					.join(', ')}. Update the one you mean with Company › Update, or rename the others in Copilot.`,
			);
			expect(fake.requests.map((request) => request.query.limit)).toEqual(['26']);
		});
	});

	it('fails with Copilot’s message when the update is refused, and creates nothing instead', async () => {
		const existing = fake.demo.clients[5];
		fake.failNext({ method: 'PATCH', path: `/v1/clients/${existing.id}`, status: 422, body: { code: 'parameter_invalid', message: 'tags has an unknown option' } });
		const before = fake.store.list('client').length;
		const error = await failure(clientUpsert({ email: existing.email, additionalFields: { customFields: '{"tags":["nope"]}' } }));
		expect(error).toMatchObject({ message: 'tags has an unknown option', httpCode: '422' });
		expect(calls()).toEqual(['GET /v1/clients 200', `PATCH /v1/clients/${existing.id} 422`]);
		expect(fake.store.list('client')).toHaveLength(before);
	});

	it('tries a PATCH again after a 503, since an update done twice is done once', async () => {
		const existing = fake.demo.companies[2];
		fake.failNext({ method: 'PATCH', path: `/v1/companies/${existing.id}`, status: 503 });
		const [company] = await companyUpsert({ name: existing.name, additionalFields: { customFields: '{"industry":"Retried"}' } });
		expect(company).toMatchObject({ id: existing.id, customFields: expect.objectContaining({ industry: 'Retried' }), upsert: 'updated' });
		expect(calls()).toEqual(['GET /v1/companies 200', `PATCH /v1/companies/${existing.id} 503`, `PATCH /v1/companies/${existing.id} 200`]);
	});
});
