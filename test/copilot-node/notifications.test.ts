import { NodeApiError, type INodeParameters } from 'n8n-workflow';

import { startFakeCopilotApi, type FakeCopilotApi } from '../fake-copilot-api';
import { runCopilotNode, type CopilotCredentials } from '../helpers/copilotNode';

const API_KEY = 'notifications-test-key';
const APP_KEY = 'notifications-test-app-key';

describe('Copilot node: notifications', () => {
	let fake: FakeCopilotApi;
	const workspaceKey = (): CopilotCredentials => ({ apiKey: API_KEY, baseUrl: fake.url });
	const appKey = (): CopilotCredentials => ({ apiKey: APP_KEY, keyKind: 'customApp', workspaceId: fake.workspaceId, baseUrl: fake.url });
	const run = (parameters: INodeParameters, credentials = workspaceKey()) => runCopilotNode({ parameters, credentials });
	const apiRequests = () => fake.requests.filter((request) => request.path.startsWith('/v1/'));

	beforeAll(async () => {
		fake = await startFakeCopilotApi({ apiKey: API_KEY, appApiKey: APP_KEY, seed: 'demo', rateLimit: false });
	});

	afterAll(async () => {
		await fake.stop();
	});

	beforeEach(() => fake.clearRequests());

	const notification = () =>
		fake.store.add('notification', {
			senderId: fake.demo.internalUsers[0].id,
			recipientClientId: fake.demo.clients[0].id,
			isRead: false,
			deliveryTargets: { inProduct: { title: 'Hello', isRead: false } },
		});

	describe('what Copilot allows only to a custom app’s key', () => {
		const operations: Array<[string, (id: string) => INodeParameters]> = [
			[
				'create',
				() => ({
					resource: 'notification',
					operation: 'create',
					senderId: fake.demo.internalUsers[0].id,
					title: 'Hi',
					additionalFields: { recipientClientId: fake.demo.clients[0].id },
				}),
			],
			['delete', (id) => ({ resource: 'notification', operation: 'delete', notificationId: id })],
			['markRead', (id) => ({ resource: 'notification', operation: 'markRead', notificationId: id })],
			['markUnread', (id) => ({ resource: 'notification', operation: 'markUnread', notificationId: id })],
		];

		it.each(operations)('%s with a workspace key fails saying that only a custom app’s key may, and how to use one', async (_operation, parameters) => {
			const error = (await run(parameters(notification().id)).catch((caught: unknown) => caught)) as NodeApiError;
			expect(error).toBeInstanceOf(NodeApiError);
			expect(error.message).toBe(
				'Copilot allows this only to a custom app’s key (HTTP 403: Only custom apps can create, delete or mark notifications: use the key of a custom app of this workspace)',
			);
			expect(error.description).toContain('Key Type: Custom App Key');
			expect(error.httpCode).toBe('403');
			// Refused before anything was done, and not sent again.
			expect(apiRequests().map((request) => request.status)).toEqual([403]);
		});

		it.each(operations)('%s with the custom app’s key is done, sent as <workspaceId>/<appKey>', async (_operation, parameters) => {
			const output = await run(parameters(notification().id), appKey());
			expect(output).toHaveLength(1);
			expect(apiRequests().map((request) => [request.status, request.apiKey])).toEqual([[200, `${fake.workspaceId}/${APP_KEY}`]]);
		});

		it('says so in the operations’ descriptions', async () => {
			const { Copilot } = await import('../../nodes/Copilot/Copilot.node');
			const options = new Copilot().description.properties
				.filter((property) => property.name === 'operation' && (property.displayOptions?.show?.resource as string[]).includes('notification'))
				.flatMap((property) => property.options as Array<{ value: string; description: string }>);
			const onlyForApps = options.filter((option) => option.description.includes('only to a custom app’s key')).map((option) => option.value);
			expect(onlyForApps.sort()).toEqual(['create', 'delete', 'markRead', 'markUnread']);
		});
	});
});
