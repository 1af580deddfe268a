import { NodeApiError, type INode, type INodeParameters } from 'n8n-workflow';

import { getTaskTemplates } from '../../nodes/Copilot/methods/loadOptions';
import { searchClients } from '../../nodes/Copilot/methods/listSearch';
import { copilotApiError } from '../../nodes/Copilot/transport/errors';
import { collectPages, LARGE_PAGE_SIZE, SMALL_PAGE_SIZE, type PageQuery } from '../../nodes/Copilot/transport/pagination';
import { forgetPageSizes, pageSizeFor, refusedForItsLimit, rememberLargePagesRefused } from '../../nodes/Copilot/transport/pageSizes';
import { startFakeCopilotApi, type FakeCopilotApi } from '../fake-copilot-api';
import { loadOptionsContext, runCopilotNode } from '../helpers/copilotNode';

const API_KEY = 'pages-test-key';
const node: INode = { id: 'n', name: 'Copilot', type: 'n8n-nodes-copilot.copilot', typeVersion: 1, position: [0, 0], parameters: {} };

describe('page sizes, decided', () => {
	beforeEach(() => forgetPageSizes());

	it('asks large pages for Get Many and 100 for the rest, and 100 for a list once it refused a large one', () => {
		expect([LARGE_PAGE_SIZE, SMALL_PAGE_SIZE]).toEqual([1000, 100]);
		expect(pageSizeFor('https://api.test /v1/clients', true)).toBe(1000);
		expect(pageSizeFor('https://api.test /v1/clients', false)).toBe(100);
		rememberLargePagesRefused('https://api.test /v1/clients');
		expect(pageSizeFor('https://api.test /v1/clients', true)).toBe(100);
		expect(pageSizeFor('https://api.test /v1/companies', true)).toBe(1000);
		expect(pageSizeFor('https://other.test /v1/clients', true)).toBe(1000);
	});

	it('remembers at most 1,000 lists, forgetting the oldest', () => {
		for (let list = 0; list <= 1000; list++) rememberLargePagesRefused(`list ${list}`);
		expect(pageSizeFor('list 0', true)).toBe(1000);
		expect(pageSizeFor('list 1', true)).toBe(100);
		expect(pageSizeFor('list 1000', true)).toBe(100);
	});

	it('takes a 400 naming limit for a refused page size, and nothing else', () => {
		const failure = (status: number, message: string, code?: string) => copilotApiError(node, { status, code, message });
		expect(refusedForItsLimit(failure(400, 'limit must be less than or equal to 100', 'parameter_invalid'))).toBe(true);
		expect(refusedForItsLimit(failure(400, 'Invalid request', 'limit_exceeded'))).toBe(false);
		expect(refusedForItsLimit(failure(400, 'Invalid request', 'limit'))).toBe(true);
		expect(refusedForItsLimit(failure(400, 'nextToken is invalid'))).toBe(false);
		expect(refusedForItsLimit(failure(400, 'Rate limited'))).toBe(false);
		expect(refusedForItsLimit(failure(422, 'limit must be at most 100'))).toBe(false);
		expect(refusedForItsLimit(new Error('limit'))).toBe(false);
		expect(refusedForItsLimit(new NodeApiError(node, {}, { message: 'limit too large', httpCode: '400' }))).toBe(true);
	});

	it('reads the page size again for every page, so that a fallback holds from the next page on', async () => {
		const queries: PageQuery[] = [];
		let size = 1000;
		const fetchPage = async (query: PageQuery) => {
			queries.push(query);
			size = 100;
			const offset = Number(query.nextToken ?? 0);
			const next = offset + Math.min(query.limit, 100);
			return next < 350 ? { data: Array.from({ length: next - offset }, (_, id) => ({ id })), nextToken: String(next) } : { data: [{ id: 0 }] };
		};
		await collectPages('/v1/things', fetchPage, 1200, () => size);
		expect(queries.map((query) => query.limit)).toEqual([1000, 100, 100, 100]);
	});
});

describe('Get Many against lists that serve large pages, refuse them or cap them', () => {
	let fake: FakeCopilotApi;
	let companyId: string;
	const run = (parameters: INodeParameters) => runCopilotNode({ parameters, credentials: { apiKey: API_KEY, baseUrl: fake.url } });
	const listClients = (extra: INodeParameters = { returnAll: true }) => run({ resource: 'client', operation: 'getAll', filters: { companyId }, ...extra });
	const limits = () => fake.requests.filter((request) => request.path.startsWith('/v1/')).map((request) => request.query.limit);
	const statuses = () => fake.requests.map((request) => request.status);

	beforeAll(async () => {
		fake = await startFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false });
		companyId = fake.store.add('company', { name: 'Many clients Ltd', isPlaceholder: false }).id;
		fake.seedClients(2500, { companyId });
	});

	afterAll(async () => {
		await fake.stop();
	});

	beforeEach(() => {
		forgetPageSizes();
		fake.setPageMode('serve');
		fake.clearRequests();
	});

	it('served: 2,500 clients in 3 requests of 1,000, each once', async () => {
		const output = await listClients();
		expect(output).toHaveLength(2500);
		expect(new Set(output.map((item) => item.json.id)).size).toBe(2500);
		expect(limits()).toEqual(['1000', '1000', '1000']);
	});

	it('served: a Limit above a page asks a large page, then only the rest', async () => {
		expect(await listClients({ returnAll: false, limit: 1500 })).toHaveLength(1500);
		expect(limits()).toEqual(['1000', '500']);
	});

	it('capped silently at 100: follows nextToken, as many requests as 100 a page takes and no more', async () => {
		fake.setPageMode('cap');
		const output = await listClients();
		expect(new Set(output.map((item) => item.json.id)).size).toBe(2500);
		expect(limits()).toEqual(Array(25).fill('1000'));
	});

	it('a list Copilot’s apps do not read in large pages is served 100 a page: never more requests than before', async () => {
		const channel = fake.demo.messageChannels[0];
		for (let index = 0; index < 150; index++) fake.store.add('message', { channelId: channel.id, text: `m${index}` });
		const output = await run({ resource: 'message', operation: 'getAll', channelId: channel.id, returnAll: true });
		expect(output.length).toBeGreaterThan(150);
		expect(limits()).toEqual(['1000', '1000']);
	});

	it('refused (400 naming limit): asks that page again at 100 and every later one, and remembers it for later runs', async () => {
		fake.setPageMode('refuse');
		const output = await listClients();
		expect(new Set(output.map((item) => item.json.id)).size).toBe(2500);
		expect(limits()).toEqual(['1000', ...Array(25).fill('100')]);
		expect(statuses()).toEqual([400, ...Array(25).fill(200)]);
		fake.clearRequests();
		expect(await listClients({ returnAll: false, limit: 250 })).toHaveLength(250);
		expect(limits()).toEqual(['100', '100', '50']);
		// Another list of the same workspace still tries a large page once.
		fake.clearRequests();
		await run({ resource: 'company', operation: 'getAll', returnAll: true, filters: {} });
		expect(limits()).toEqual(['1000', '100']);
	});

	it('refused for another reason: fails as before, nothing remembered', async () => {
		fake.failNext({ status: 400, method: 'GET', path: '/v1/clients', body: { code: 'parameter_invalid', message: 'companyId is invalid' } });
		await expect(listClients()).rejects.toThrow('companyId is invalid');
		expect(limits()).toEqual(['1000']);
		expect(pageSizeFor(`${fake.url} /v1/clients`, true)).toBe(1000);
	});

	it('keeps dropdowns and list searches at 100 a page: they show one page', async () => {
		const context = loadOptionsContext({ apiKey: API_KEY, baseUrl: fake.url });
		await getTaskTemplates.call(context);
		await searchClients.call(context);
		expect(limits()).toEqual(['100', '100']);
	});
});
