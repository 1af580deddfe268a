import { NodeApiError, type INodeParameters } from 'n8n-workflow';

import type { FakeCopilotApi } from '../fake-copilot-api';
import { runCopilotNode, type CopilotCredentials } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';

const API_KEY = 'notifications-test-key';
const APP_KEY = 'notifications-test-app-key';

describe('Copilot node: notifications', () => {
	let fake: FakeCopilotApi;
	const workspaceKey = (): CopilotCredentials => ({ apiKey: API_KEY, baseUrl: fake.url });
	const appKey = (): CopilotCredentials => ({ apiKey: APP_KEY, keyKind: 'customApp', workspaceId: fake.workspaceId, baseUrl: fake.url });
	const run = (parameters: INodeParameters, credentials = workspaceKey()) => runCopilotNode({ parameters, credentials });
	const apiRequests = () => fake.requests.filter((request) => request.path.startsWith('/v1/'));

	withFakeCopilotApi({ apiKey: API_KEY, appApiKey: APP_KEY, seed: 'demo', rateLimit: false }, (started) => (fake = started), { forgetBetweenTests: false });

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

	describe('Get Many and Get', () => {
		let companyId: string;
		let recipients: string[];

		beforeAll(() => {
			// 150 unread notifications for two clients of one company: more than Copilot's 100 a page.
			companyId = fake.store.add('company', { name: 'Notified Ltd', isPlaceholder: false }).id;
			recipients = fake.seedClients(2, { companyId }).map((client) => client.id);
			for (let index = 0; index < 150; index++) {
				fake.store.add('notification', {
					senderId: fake.demo.internalUsers[0].id,
					recipientClientId: recipients[index % 2],
					recipientCompanyId: companyId,
					isRead: index % 10 === 0,
					deliveryTargets: { inProduct: { title: `Notice ${index}`, isRead: index % 10 === 0 } },
				});
			}
		});

		it('Return All follows Copilot’s pages of 100 through every notification of a company', async () => {
			const output = await run({ resource: 'notification', operation: 'getAll', returnAll: true, filters: { recipientCompanyId: companyId, includeRead: true } });
			expect(output).toHaveLength(150);
			expect(new Set(output.map((item) => item.json.id)).size).toBe(150);
			expect(apiRequests().map((request) => [request.query.recipientCompanyId, request.query.limit, request.query.nextToken === undefined])).toEqual([
				[companyId, '1000', true],
				[companyId, '1000', false],
			]);
		});

		it('filters by company and client together, unread only unless Include Read, and Limit counts', async () => {
			const unreadOfFirst = await run({ resource: 'notification', operation: 'getAll', returnAll: true, filters: { recipientCompanyId: companyId, recipientClientId: recipients[0] } });
			expect(unreadOfFirst).toHaveLength(60);
			expect(unreadOfFirst.every((item) => item.json.recipientClientId === recipients[0] && item.json.isRead === false)).toBe(true);
			fake.clearRequests();
			expect(await run({ resource: 'notification', operation: 'getAll', limit: 5, filters: { recipientCompanyId: companyId } })).toHaveLength(5);
			expect(apiRequests().map((request) => request.query.limit)).toEqual(['5']);
		});

		it('Get finds a notification by ID, a read one too unless Include Read is off', async () => {
			const read = fake.store.list('notification').find((record) => record.isRead === true && record.recipientCompanyId === companyId)!;
			const [found] = await run({ resource: 'notification', operation: 'get', notificationId: read.id });
			expect(found.json).toMatchObject({ id: read.id, isRead: true });
			expect(apiRequests()[0].query).toEqual({ includeRead: 'true' });
			await expect(run({ resource: 'notification', operation: 'get', notificationId: read.id, includeRead: false })).rejects.toThrow('Notification not found');
			await expect(run({ resource: 'notification', operation: 'get', notificationId: 'no-such-notification' })).rejects.toThrow('Notification not found');
		});
	});
});
