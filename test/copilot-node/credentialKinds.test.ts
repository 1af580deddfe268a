import type { FakeCopilotApi } from '../fake-copilot-api';
import { runCopilotNode } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';

const API_KEY = 'kinds-test-key';
const APP_KEY = 'kinds-test-app-key';

describe('Copilot node: the two kinds of key', () => {
	let fake: FakeCopilotApi;

	withFakeCopilotApi({ apiKey: API_KEY, appApiKey: APP_KEY, seed: 'demo', rateLimit: false }, (started) => (fake = started), { forgetBetweenTests: false });

	beforeEach(() => fake.clearRequests());

	const getClient = { resource: 'client', operation: 'get', clientId: { __rl: true, mode: 'id', value: '' } };

	it('reads with a workspace key, and with a custom app’s key sent after its workspace’s id', async () => {
		const parameters = { ...getClient, clientId: { ...getClient.clientId, value: fake.demo.clients[0].id } };
		await runCopilotNode({ parameters, credentials: { apiKey: API_KEY, baseUrl: fake.url } });
		await runCopilotNode({ parameters, credentials: { apiKey: APP_KEY, keyKind: 'customApp', workspaceId: fake.workspaceId, baseUrl: fake.url } });
		expect(fake.requests.map((request) => [request.apiKey, request.keyKind, request.status])).toEqual([
			[API_KEY, 'workspace', 200],
			[`${fake.workspaceId}/${APP_KEY}`, 'customApp', 200],
		]);
	});

	it('fails before sending anything when a custom app’s key comes without its Workspace ID', async () => {
		const parameters = { ...getClient, clientId: { ...getClient.clientId, value: fake.demo.clients[0].id } };
		const failing = runCopilotNode({ parameters, credentials: { apiKey: APP_KEY, keyKind: 'customApp', workspaceId: '', baseUrl: fake.url } });
		await expect(failing).rejects.toThrow('The Copilot API credential holds a custom app’s key but no Workspace ID: Copilot needs both');
		expect(fake.requests).toEqual([]);
	});
});
