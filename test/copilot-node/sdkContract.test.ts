import { startFakeCopilotApi, type FakeCopilotApi, type RecordedRequest } from '../fake-copilot-api';
import { ensureSdkServices, matchesTemplate, readSdkOperations, SDK_PACKAGE, type SdkOperation } from '../helpers/copilotSdk';
import { runCopilotNode } from '../helpers/copilotNode';
import { OPERATION_CASES } from './cases';

/** What the node leaves out on purpose: deprecated file endpoints, and app installs (custom apps only). */
const EXCLUDED = new Set([
	'retrieveDownloadUrlOfAFile',
	'downloadAFile',
	'createAFileDeprecated',
	'listAppInstalls',
	'retrieveAppInstall',
	'listAppConnections',
	'createAppConnection',
]);

const API_KEY = 'contract-test-key';

describe(`every request of the Copilot node is an operation of Copilot’s own SDK (${SDK_PACKAGE})`, () => {
	let sdk: SdkOperation[];
	let fake: FakeCopilotApi;
	const sent: Array<{ operation: string; request: RecordedRequest }> = [];

	beforeAll(async () => {
		sdk = readSdkOperations(await ensureSdkServices());
		fake = await startFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false });
		for (const operationCase of OPERATION_CASES) {
			const parameters = { resource: operationCase.resource, operation: operationCase.operation, ...operationCase.parameters(fake) };
			fake.clearRequests();
			await runCopilotNode({ parameters, credentials: { apiKey: API_KEY, baseUrl: fake.url } });
			for (const request of fake.requests) sent.push({ operation: `${operationCase.resource}: ${operationCase.operation}`, request });
		}
	}, 120_000);

	afterAll(async () => {
		await fake?.stop();
	});

	it('reads the SDK’s generated client', () => {
		expect(sdk.length).toBeGreaterThanOrEqual(70);
		expect(sdk.find((operation) => operation.name === 'listClients')).toMatchObject({
			method: 'GET',
			path: '/v1/clients',
			query: expect.arrayContaining(['email', 'nextToken', 'limit']),
		});
		expect(sdk.find((operation) => operation.name === 'createTask')?.body).toEqual(expect.arrayContaining(['name', 'clientId', 'viewers']));
	});

	it('sends only SDK operations, with only the query names and body fields the SDK knows', () => {
		const apiRequests = sent.filter(({ request }) => request.path.startsWith('/v1/'));
		expect(apiRequests.length).toBeGreaterThanOrEqual(OPERATION_CASES.length);
		const problems: string[] = [];
		for (const { operation, request } of apiRequests) {
			const matching = sdk.filter((candidate) => candidate.method === request.method && matchesTemplate(request.path, candidate.path));
			if (matching.length === 0) {
				problems.push(`${operation}: ${request.method} ${request.path} is no SDK operation`);
				continue;
			}
			const known = matching.find(
				(candidate) =>
					Object.keys(request.query).every((name) => candidate.query.includes(name)) &&
					Object.keys(request.body ?? {}).every((field) => candidate.body?.includes(field)),
			);
			if (!known) {
				problems.push(
					`${operation}: ${request.method} ${request.path} sends query ${JSON.stringify(Object.keys(request.query))} and body ${JSON.stringify(Object.keys(request.body ?? {}))}, unknown to ${matching.map((candidate) => candidate.name).join(', ')}`,
				);
			}
		}
		expect(problems).toEqual([]);
	});

	it('covers every SDK operation but the excluded ones', () => {
		const covered = new Set(
			sdk
				.filter((operation) =>
					sent.some(({ request }) => request.method === operation.method && matchesTemplate(request.path, operation.path)),
				)
				.map((operation) => operation.name),
		);
		const missing = sdk.filter((operation) => !covered.has(operation.name) && !EXCLUDED.has(operation.name));
		const report = [
			`SDK ${SDK_PACKAGE}: ${sdk.length} operations; the node covers ${covered.size}, excludes ${EXCLUDED.size} on purpose, misses ${missing.length}`,
			...[...EXCLUDED].map((name) => `  excluded: ${name}`),
			...missing.map((operation) => `  MISSING: ${operation.name} (${operation.method} ${operation.path})`),
		];
		process.stdout.write(`\n${report.join('\n')}\n\n`);
		expect(missing.map((operation) => `${operation.method} ${operation.path} (${operation.name})`)).toEqual([]);
		expect([...EXCLUDED].every((name) => sdk.some((operation) => operation.name === name))).toBe(true);
	});
});
