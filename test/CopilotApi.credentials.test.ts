import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject, IN8nHttpFullResponse } from 'n8n-workflow';

import { CopilotApi } from '../credentials/CopilotApi.credentials';
import { executeContext, type CopilotCredentials } from './helpers/copilotNode';
import { resolveCredentialValue } from './helpers/credentialAuth';

interface Received {
	method: string;
	url: string;
	headers: IncomingHttpHeaders;
}

/**
 * Sends the credential's test request through n8n-core's own request helper, as n8n's credential test
 * does (its RoutingNode hands `baseURL` and `url` to the same helper, which joins them and adds the
 * credential's `authenticate` headers).
 */
async function runTest(credentials: CopilotCredentials) {
	const { request } = new CopilotApi().test;
	const context = executeContext({ parameters: { resource: 'workspace', operation: 'get' }, credentials });
	const response = (await context.helpers.httpRequestWithAuthentication.call(context, 'copilotApi', {
		method: request.method ?? 'GET',
		baseURL: resolveCredentialValue(request.baseURL, credentials as unknown as IDataObject),
		url: request.url!,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	})) as IN8nHttpFullResponse;
	return { status: response.statusCode, body: response.body as IDataObject };
}

describe('Copilot API credential', () => {
	let server: Server;
	let baseUrl: string;
	const received: Received[] = [];

	beforeAll(async () => {
		server = createServer((request, response) => {
			received.push({ method: request.method!, url: request.url!, headers: request.headers });
			// Copilot takes the workspace key bare, and a custom app's key after its workspace's id.
			const authorised = ['good-key', 'ws_1/good-app-key'].includes(String(request.headers['x-api-key'])) && request.url === '/v1/workspaces';
			response.statusCode = authorised ? 200 : 401;
			response.setHeader('content-type', 'application/json');
			response.end(
				JSON.stringify(
					authorised ? { id: 'ws_1', brandName: 'Acme' } : { code: 'unauthorized', message: 'Invalid API key' },
				),
			);
		});
		await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
		baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
	});

	beforeEach(() => {
		received.length = 0;
	});

	it.each(['', '/', '//'])('asks GET /v1/workspaces with the X-API-KEY header (base URL ending %j)', async (ending) => {
		const result = await runTest({ apiKey: 'good-key', baseUrl: `${baseUrl}${ending}` });
		expect(result).toEqual({ status: 200, body: { id: 'ws_1', brandName: 'Acme' } });
		expect(received).toHaveLength(1);
		expect(received[0]).toMatchObject({ method: 'GET', url: '/v1/workspaces' });
		expect(received[0].headers['x-api-key']).toBe('good-key');
	});

	it('keeps credentials saved before the key type existed working as workspace keys', async () => {
		expect(await runTest({ apiKey: 'good-key', baseUrl })).toMatchObject({ status: 200 });
		expect(received[0].headers['x-api-key']).toBe('good-key');
		expect(await runTest({ apiKey: 'good-key', keyKind: 'workspace', workspaceId: 'ws_1', baseUrl })).toMatchObject({ status: 200 });
		expect(received[1].headers['x-api-key']).toBe('good-key');
	});

	it('sends a custom app’s key as <workspaceId>/<apiKey>, trimmed, and passes the test with it', async () => {
		const result = await runTest({ apiKey: ' good-app-key ', keyKind: 'customApp', workspaceId: ' ws_1', baseUrl });
		expect(result).toEqual({ status: 200, body: { id: 'ws_1', brandName: 'Acme' } });
		expect(received[0].headers['x-api-key']).toBe('ws_1/good-app-key');
		// A custom app's key sent bare, as a workspace key, is refused.
		expect((await runTest({ apiKey: 'good-app-key', baseUrl })).status).toBe(401);
	});

	it('refuses to send a custom app’s key without its Workspace ID, saying so', async () => {
		await expect(runTest({ apiKey: 'good-app-key', keyKind: 'customApp', workspaceId: '  ', baseUrl })).rejects.toThrow(
			'The Copilot API credential holds a custom app’s key but no Workspace ID: Copilot needs both',
		);
		expect(received).toHaveLength(0);
	});

	it('lets Copilot refuse a wrong key, which n8n then explains with the rule for 401', async () => {
		const result = await runTest({ apiKey: 'wrong-key', baseUrl });
		expect(result.status).toBe(401);
		const rule = new CopilotApi().test.rules?.find((candidate) => candidate.type === 'responseCode' && candidate.properties.value === 401);
		expect(rule?.properties.message).toBe(
			'Copilot refused the API key (401): copy it again from Copilot > Settings > API, or for a custom app’s key check its Workspace ID and Key Type',
		);
	});

	it('says what to do for each refusal Copilot answers', () => {
		const rules = new CopilotApi().test.rules ?? [];
		expect(rules.map((rule) => (rule.type === 'responseCode' ? rule.properties.value : undefined))).toEqual([401, 403, 404]);
		for (const rule of rules) expect(rule.properties.message).toMatch(/^(Copilot|No Copilot API)/);
	});

	it('defaults to Assembly’s API and a workspace key, asks the Workspace ID only of a custom app’s key, and keeps both secrets as password fields', () => {
		const credential = new CopilotApi();
		const byName = Object.fromEntries(credential.properties.map((property) => [property.name, property]));
		expect(Object.keys(byName)).toEqual(['keyKind', 'apiKey', 'workspaceId', 'webhookSigningSecret', 'baseUrl']);
		expect(byName.keyKind.default).toBe('workspace');
		expect(byName.keyKind.options?.map((option) => (option as { value: string }).value)).toEqual(['workspace', 'customApp']);
		// Hidden for a workspace key, and required only in words: n8n 1.x's public API turns `show` and
		// `required` into a schema that refuses credentials without a Key Type.
		expect(byName.workspaceId.displayOptions).toEqual({ hide: { keyKind: ['workspace'] } });
		expect(byName.workspaceId.required).toBeUndefined();
		expect(byName.baseUrl.default).toBe('https://api.assembly.com');
		expect(byName.baseUrl.hint).toContain('https://api.copilot.com');
		expect(byName.apiKey.typeOptions?.password).toBe(true);
		expect(byName.webhookSigningSecret.typeOptions?.password).toBe(true);
		expect(credential.name).toBe('copilotApi');
		expect(credential.displayName).toBe('Copilot API');
	});
});
