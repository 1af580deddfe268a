import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { Copilot } from '../../nodes/Copilot/Copilot.node';
import { startFakeCopilotApi, type FakeCopilotApi, type RecordedRequest } from '../fake-copilot-api';
import { ensureSdkServices, matchesTemplate, readSdkOperations, SDK_PACKAGE, type SdkOperation } from '../helpers/copilotSdk';
import { runCopilotNode } from '../helpers/copilotNode';
import type { Shape } from '../helpers/sdkTypes';
import { credentialsFor, OPERATION_CASES, type OperationCase } from './cases';

// The fake's model of Copilot's server: body shapes, the server's known differences from the SDK, routes.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BODY_SHAPES } = require('../fake-copilot-api/schemas') as { BODY_SHAPES: Record<string, Shape> };
interface ResponseDifference {
	operations: string[];
	path: string;
	server: string;
	source: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BEYOND_SDK, RESPONSE_DIFFERENCES, SCHEMA_DIFFERENCES, knownResponseDifference } = require('../fake-copilot-api/server-rules') as {
	SCHEMA_DIFFERENCES: Array<{ operation: string; path: string; sdk: string; server: string; source: string }>;
	RESPONSE_DIFFERENCES: ResponseDifference[];
	knownResponseDifference: (operation: string, path: string) => ResponseDifference | undefined;
	/** What Copilot's server takes beyond the SDK: operations it lacks, and query parameters of its operations. */
	BEYOND_SDK: Array<{ method: string; path: string; operation?: string; query: Record<string, string>; source: string }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ROUTES } = require('../fake-copilot-api/routes') as { ROUTES: Array<[string, string, unknown, string?]> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkShape } = require('../fake-copilot-api/shape') as { checkShape: (value: unknown, shape: Shape) => void };

/** What the node leaves out on purpose: the deprecated file endpoints (File › Download reads the record's downloadUrl). */
const EXCLUDED = new Set(['retrieveDownloadUrlOfAFile', 'downloadAFile', 'createAFileDeprecated']);

/** Parameters no case has to set: Limit shows only without Return All, and behaviour.test.ts checks it. */
const NOT_COVERED_BY_CASES = new Set(['limit']);

const API_KEY = 'contract-test-key';

interface Sent {
	operation: string;
	request: RecordedRequest;
}

/** "type", "one of a, b", "array of …", "object", with "(required)" where it is. */
function describeShape(shape: Shape): string {
	if (shape.enum) return `one of ${shape.enum.join(', ')}`;
	if (shape.type === 'array') return `array${shape.maxItems === undefined ? '' : ` of at most ${shape.maxItems}`}`;
	return shape.type;
}

/** Every place two shapes differ, by path: a field one lacks, another type or values, required or not. */
function shapeDifferences(sdk: Shape, server: Shape, path = ''): string[] {
	const here = path === '' ? '(body)' : path;
	if (describeShape(sdk) !== describeShape(server)) return [`${here}: SDK ${describeShape(sdk)}, server ${describeShape(server)}`];
	if (sdk.type === 'array') return shapeDifferences(sdk.items!, server.items!, `${path}[]`);
	if (sdk.type !== 'object') return [];
	const differences: string[] = [];
	for (const name of new Set([...Object.keys(sdk.fields ?? {}), ...Object.keys(server.fields ?? {})])) {
		const at = path === '' ? name : `${path}.${name}`;
		const [inSdk, onServer] = [sdk.fields?.[name], server.fields?.[name]];
		if (!inSdk || !onServer) {
			differences.push(`${at}: ${inSdk ? 'only in the SDK' : 'not in the SDK'}`);
			continue;
		}
		if (Boolean(inSdk.required) !== Boolean(onServer.required)) {
			differences.push(`${at}: SDK ${inSdk.required ? 'required' : 'optional'}, server ${onServer.required ? 'required' : 'optional'}`);
		}
		differences.push(...shapeDifferences(inSdk, onServer, at));
	}
	return differences;
}

/** Fields a body sends that its shape does not know, at any depth ("deliveryTargets.email.foo"). */
function unknownFields(value: unknown, shape: Shape, path = ''): string[] {
	if (shape.type === 'array' && Array.isArray(value)) return value.flatMap((item, index) => unknownFields(item, shape.items!, `${path}[${index}]`));
	if (shape.type !== 'object' || typeof value !== 'object' || value === null) return [];
	return Object.entries(value as IDataObject).flatMap(([name, field]) => {
		const at = path === '' ? name : `${path}.${name}`;
		return shape.fields?.[name] ? unknownFields(field, shape.fields[name], at) : [at];
	});
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where an answer is not of the type the SDK gives it, by path ("data[].downloadUrl"): a field the
 * type lacks, or a value of another type. Fields the type has but the answer leaves out pass, since
 * the SDK makes every answer field optional; null passes for any field.
 */
function answerDifferences(value: unknown, shape: Shape, path = ''): string[] {
	const here = path === '' ? '(answer)' : path;
	if (value === null || value === undefined || shape.type === 'any' || shape.type === 'null') return [];
	switch (shape.type) {
		case 'string':
		case 'number':
		case 'boolean':
			if (typeof value !== shape.type) return [`${here}: SDK ${shape.type}, fake ${Array.isArray(value) ? 'array' : typeof value}`];
			if (shape.enum && !shape.enum.includes(value as string)) return [`${here}: SDK one of ${shape.enum.join(', ')}, fake ${String(value)}`];
			return [];
		case 'array':
			if (!Array.isArray(value)) return [`${here}: SDK array, fake ${typeof value}`];
			return [...new Set(value.flatMap((item) => answerDifferences(item, shape.items!, `${path}[]`)))];
		case 'map':
			return isRecord(value) ? [] : [`${here}: SDK object, fake ${typeof value}`];
		case 'object': {
			if (!isRecord(value)) return [`${here}: SDK object, fake ${Array.isArray(value) ? 'array' : typeof value}`];
			return Object.entries(value).flatMap(([name, field]) => {
				const at = path === '' ? name : `${path}.${name}`;
				const typed = shape.fields?.[name];
				return typed ? answerDifferences(field, typed, at) : [`${at}: not in the SDK's type`];
			});
		}
		default:
			return [];
	}
}

/**
 * The operations Copilot's server serves: the SDK's, with the query parameters it lacks added, and the
 * operations it lacks (BEYOND_SDK in server-rules.js, each with its source).
 */
function serverOperations(sdk: SdkOperation[]): SdkOperation[] {
	const extended = sdk.map((operation) => {
		const extra = BEYOND_SDK.find((entry) => !entry.operation && entry.method === operation.method && entry.path === operation.path);
		return extra ? { ...operation, query: [...operation.query, ...Object.keys(extra.query)], queryTypes: { ...operation.queryTypes, ...extra.query } } : operation;
	});
	const added = BEYOND_SDK.filter((entry) => entry.operation).map((entry) => ({
		name: entry.operation!,
		method: entry.method,
		path: entry.path,
		query: Object.keys(entry.query),
		queryTypes: entry.query,
		body: undefined,
		bodyShape: undefined,
		responseShape: undefined,
	}));
	return [...extended, ...added];
}

/** Query values as the SDK types them: numbers whole, booleans true or false. */
function queryProblems(query: Record<string, string>, types: Record<string, string>): string[] {
	return Object.entries(query).flatMap(([name, value]) => {
		const type = types[name];
		if (type === undefined) return [`query ${name} is unknown`];
		if (type === 'boolean' && value !== 'true' && value !== 'false') return [`query ${name}=${value} is not a boolean`];
		if (type === 'number' && !/^\d+$/.test(value)) return [`query ${name}=${value} is not a whole number`];
		return [];
	});
}

/** The parameter paths an operation shows: `name`, `collection.option`, `fixedCollection.group.value`. */
function parameterPaths(resource: string, operation: string): string[] {
	const shownHere = (property: INodeProperties) =>
		(property.displayOptions?.show?.resource as string[] | undefined)?.includes(resource) &&
		(property.displayOptions?.show?.operation as string[] | undefined)?.includes(operation);
	return new Copilot().description.properties.filter((property) => shownHere(property) && property.type !== 'notice').flatMap((property) => {
		if (property.type === 'collection') return (property.options as INodeProperties[]).map((option) => `${property.name}.${option.name}`);
		if (property.type === 'fixedCollection') {
			return (property.options as Array<{ name: string; values: INodeProperties[] }>).flatMap((group) =>
				group.values.map((value) => `${property.name}.${group.name}.${value.name}`),
			);
		}
		return [property.name];
	});
}

/** The parameter paths a case sets, in the same form. */
function pathsSet(parameters: IDataObject): string[] {
	return Object.entries(parameters).flatMap(([name, value]) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as IDataObject).__rl) return [name];
		return Object.entries(value as IDataObject).flatMap(([inner, innerValue]) =>
			Array.isArray(innerValue) ? innerValue.flatMap((entry) => Object.keys(entry as IDataObject).map((key) => `${name}.${inner}.${key}`)) : [`${name}.${inner}`],
		);
	});
}

const nameOf = (operationCase: OperationCase) => `${operationCase.resource}: ${operationCase.operation}${operationCase.variant ? ` (${operationCase.variant})` : ''}`;

describe(`the Copilot node against Copilot’s own SDK (${SDK_PACKAGE}) and the fake’s model of Copilot’s server`, () => {
	let sdk: SdkOperation[];
	/** The SDK's operations and what the server takes beyond them. */
	let server: SdkOperation[];
	let fake: FakeCopilotApi;
	const sent: Sent[] = [];
	const failed: string[] = [];

	const sdkOperationOf = (request: RecordedRequest) =>
		server.filter((candidate) => candidate.method === request.method && matchesTemplate(request.path, candidate.path));

	beforeAll(async () => {
		sdk = readSdkOperations(await ensureSdkServices());
		server = serverOperations(sdk);
		fake = await startFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false });
		for (const operationCase of OPERATION_CASES) {
			const parameters = { resource: operationCase.resource, operation: operationCase.operation, ...operationCase.parameters(fake) };
			fake.clearRequests();
			await runCopilotNode({ parameters, inputItems: operationCase.input?.(), credentials: credentialsFor(fake, operationCase, API_KEY) }).catch((error: Error) => {
				failed.push(`${nameOf(operationCase)}: ${error.message}`);
			});
			for (const request of fake.requests) sent.push({ operation: nameOf(operationCase), request });
		}
	}, 120_000);

	afterAll(async () => {
		await fake?.stop();
	});

	it('reads the SDK’s generated client and its types, nested shapes and values included', () => {
		expect(sdk.length).toBeGreaterThanOrEqual(70);
		expect(sdk.find((operation) => operation.name === 'listClients')).toMatchObject({
			method: 'GET',
			path: '/v1/clients',
			query: expect.arrayContaining(['email', 'nextToken', 'limit']),
			queryTypes: expect.objectContaining({ limit: 'number', email: 'string' }),
		});
		const createTask = sdk.find((operation) => operation.name === 'createTask')!.bodyShape!;
		expect(createTask.fields!.viewers).toMatchObject({ type: 'array', items: { type: 'object', fields: { companyId: { type: 'string', required: false } } } });
		expect(createTask.fields!.status).toMatchObject({ type: 'string', enum: ['todo', 'inProgress', 'completed'] });
		const invoice = sdk.find((operation) => operation.name === 'createInvoice')!.bodyShape!;
		expect(invoice.fields!.paymentMethodPreferences).toMatchObject({
			required: true,
			items: { fields: { type: { enum: ['creditCard', 'bankAccount'], required: true }, feePaidByClient: { type: 'boolean', required: true } } },
		});
	});

	it('runs every case, each of its optional fields set in some case, without Copilot refusing one', () => {
		expect(failed).toEqual([]);
		const answered = sent.filter(({ request }) => request.path.startsWith('/v1/'));
		expect(answered.filter(({ request }) => request.status !== 200).map(({ operation, request }) => `${operation}: ${request.status}`)).toEqual([]);
	});

	it('sets every parameter of every operation in at least one case', () => {
		const missing: string[] = [];
		const operations = new Set(OPERATION_CASES.map((operationCase) => `${operationCase.resource}:${operationCase.operation}`));
		for (const key of operations) {
			const [resource, operation] = key.split(':');
			const cases = OPERATION_CASES.filter((operationCase) => operationCase.resource === resource && operationCase.operation === operation);
			const set = new Set(cases.flatMap((operationCase) => pathsSet(operationCase.parameters(fake))));
			for (const path of parameterPaths(resource, operation)) {
				if (!set.has(path) && !NOT_COVERED_BY_CASES.has(path)) missing.push(`${resource}: ${operation} never sets ${path}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('sends only SDK operations, with query names and value types the SDK knows, but for what the server takes beyond it (BEYOND_SDK)', () => {
		const apiRequests = sent.filter(({ request }) => request.path.startsWith('/v1/'));
		expect(apiRequests.length).toBeGreaterThanOrEqual(OPERATION_CASES.length);
		const problems: string[] = [];
		for (const { operation, request } of apiRequests) {
			const matching = sdkOperationOf(request);
			if (matching.length === 0) {
				problems.push(`${operation}: ${request.method} ${request.path} is no SDK operation, nor one the server takes beyond it`);
				continue;
			}
			const queryOk = matching.find((candidate) => queryProblems(request.query, candidate.queryTypes).length === 0);
			if (!queryOk) problems.push(`${operation}: ${queryProblems(request.query, matching[0].queryTypes).join('; ')}`);
		}
		expect(problems).toEqual([]);
	});

	it('sends bodies of the shapes Copilot takes: nested fields, types, allowed values and required fields', () => {
		const problems: string[] = [];
		for (const { operation, request } of sent.filter(({ request }) => request.path.startsWith('/v1/'))) {
			const [sdkOperation] = sdkOperationOf(request);
			const shape = sdkOperation && BODY_SHAPES[sdkOperation.name];
			if (!shape) {
				if (request.body !== undefined) problems.push(`${operation}: sends a body to ${request.method} ${request.path}, which takes none`);
				continue;
			}
			try {
				checkShape(request.body, shape);
			} catch (error) {
				problems.push(`${operation}: ${(error as Error).message}`);
			}
			for (const field of unknownFields(request.body, shape)) problems.push(`${operation}: sends ${field}, unknown to ${sdkOperation.name}`);
		}
		expect(problems).toEqual([]);
	});

	it('models each body as the SDK types it, but for the server’s known differences, each named with its source', () => {
		const found: string[] = [];
		for (const operation of sdk.filter((candidate) => candidate.bodyShape)) {
			const server = BODY_SHAPES[operation.name];
			if (!server) {
				found.push(`${operation.name}: no shape in the fake`);
				continue;
			}
			for (const difference of shapeDifferences({ ...operation.bodyShape!, required: undefined }, server)) {
				const known = SCHEMA_DIFFERENCES.find(
					(entry) => entry.operation === operation.name && (difference.startsWith(`${entry.path}:`) || difference.startsWith(`${entry.path}[`) || difference.startsWith(`${entry.path}.`)),
				);
				if (!known) found.push(`${operation.name}: ${difference}`);
			}
		}
		expect(found).toEqual([]);
		const stale = SCHEMA_DIFFERENCES.filter(({ operation, path }) => {
			const sdkShape = sdk.find((candidate) => candidate.name === operation)?.bodyShape;
			return !sdkShape || shapeDifferences({ ...sdkShape, required: undefined }, BODY_SHAPES[operation]).every((difference) => !difference.startsWith(path));
		});
		expect(stale).toEqual([]);
		expect(SCHEMA_DIFFERENCES.every(({ source }) => source.length > 20)).toBe(true);
		const named = SCHEMA_DIFFERENCES.find(({ operation, path }) => operation === 'updateTask' && path === 'viewers')!;
		process.stdout.write(
			`\nWhere Copilot's server differs from its SDK's types (${SCHEMA_DIFFERENCES.length}):\n${SCHEMA_DIFFERENCES.map(
				({ operation, path, sdk: typed, server, source }) => `  ${operation} ${path}: SDK ${typed}, server ${server} (${source})`,
			).join('\n')}\n\n`,
		);
		expect(named.source).toContain('tasks-app');
	});

	it('answers as the SDK types Copilot’s answers, but for differences each named with its source', () => {
		const unknown: string[] = [];
		const used = new Set<ResponseDifference>();
		const compared = new Set<string>();
		for (const { request } of sent.filter(({ request }) => request.path.startsWith('/v1/') && request.status === 200)) {
			const [operation] = sdkOperationOf(request);
			if (!operation?.responseShape) continue;
			compared.add(operation.name);
			for (const difference of answerDifferences(request.answer, operation.responseShape)) {
				const path = difference.slice(0, difference.indexOf(':'));
				const known = knownResponseDifference(operation.name, path);
				if (known) used.add(known);
				else unknown.push(`${operation.name} ${difference}`);
			}
		}
		// Every operation the node covers had an answer compared.
		const typedAndCovered = sdk.filter((operation) => operation.responseShape && !EXCLUDED.has(operation.name)).map((operation) => operation.name);
		expect(typedAndCovered.filter((name) => !compared.has(name))).toEqual([]);
		expect([...new Set(unknown)]).toEqual([]);
		// Every exception is still needed, and says where it comes from.
		expect(RESPONSE_DIFFERENCES.filter((entry) => !used.has(entry)).map((entry) => `${entry.operations.join(', ')} ${entry.path}`)).toEqual([]);
		expect(RESPONSE_DIFFERENCES.every(({ source }) => source.length > 20)).toBe(true);
		// What the node reads from answers is typed by the SDK, or named above.
		for (const [operation, path] of [
			['retrieveFile', 'downloadUrl'],
			['retrieveFile', 'object'],
			['retrieveClient', 'companyIds'],
			['listClients', 'nextToken'],
		]) {
			const shape = sdk.find((candidate) => candidate.name === operation)!.responseShape!;
			expect({ operation, path, typed: Boolean(shape.fields?.[path]) }).toEqual({ operation, path, typed: true });
		}
		expect(knownResponseDifference('createFile', 'uploadUrl')?.source).toMatch(/^UNCONFIRMED/);
	});

	it('has the fake serve only SDK operations, each under the SDK’s name, and the ones it lacks under their BEYOND_SDK names', () => {
		const wrong = ROUTES.filter(([, path]) => path.startsWith('/v1/'))
			.filter(([method, path, , name]) => {
				const operation = server.find((candidate) => candidate.name === name);
				return !operation || operation.method !== method || operation.path.replace(/\/$/, '') !== path.replace(/\/$/, '');
			})
			.map(([method, path, , name]) => `${method} ${path} (${name ?? 'unnamed'})`);
		expect(wrong).toEqual([]);
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
		const beyond = BEYOND_SDK.map((entry) => `  beyond the SDK: ${entry.method} ${entry.path}${entry.operation ? ` (${entry.operation})` : ''}${Object.keys(entry.query).length > 0 ? ` query ${Object.keys(entry.query).join(', ')}` : ''}`);
		const report = [
			`SDK ${SDK_PACKAGE}: ${sdk.length} operations; the node covers ${covered.size}, excludes ${EXCLUDED.size} on purpose, misses ${missing.length}; ${OPERATION_CASES.length} cases`,
			...beyond,
			...[...EXCLUDED].map((name) => `  excluded: ${name}`),
			...missing.map((operation) => `  MISSING: ${operation.name} (${operation.method} ${operation.path})`),
		];
		process.stdout.write(`\n${report.join('\n')}\n\n`);
		expect(missing.map((operation) => `${operation.method} ${operation.path} (${operation.name})`)).toEqual([]);
		// Every operation and query parameter taken beyond the SDK is one the node uses.
		const unused = BEYOND_SDK.filter(
			(entry) =>
				!sent.some(
					({ request }) =>
						request.method === entry.method &&
						matchesTemplate(request.path, entry.path) &&
						(entry.operation !== undefined || Object.keys(entry.query).some((name) => name in request.query)),
				),
		);
		expect(unused.map((entry) => `${entry.method} ${entry.path}`)).toEqual([]);
		expect([...EXCLUDED].every((name) => sdk.some((operation) => operation.name === name))).toBe(true);
	});
});
