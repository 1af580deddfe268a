// The Copilot node where Copilot's own apps show what the real server does (issue 22), in a real n8n
// running east of UTC: due dates, subtasks, notifications and the custom app's key, page sizes.
const { nodeItems } = require('../../scripts/lib/n8n/api');
const { byId, chain, copilotNode, copilotTriggerNode } = require('../../scripts/lib/n8n/workflow-nodes');
const { startFakeCopilotApi } = require('../fake-copilot-api');
const { N8N_TIME_ZONE, SECRET } = require('./context');

const WORKSPACE_KEY = 'e2e-server-workspace-key-5d1c';
const APP_KEY = 'e2e-server-app-key-8e2f';
const WAIT_FOR_THE_RUN = { respond: 'whenWorkflowFinishes' };

const event = (data) => ({ eventType: 'task.updated', created: new Date().toISOString(), data: { object: 'task', ...data } });

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
function dateIn(timeZone, instant = new Date()) {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant).map((part) => [part.type, part.value]),
	);
	return `${parts.year}-${parts.month}-${parts.day}`;
}

function registerCopilotServerTests(ctx) {
	const server = {};
	const nextYear = new Date().getUTCFullYear() + 1;
	/** What n8n's date picker stores for the 10th of March: a time without a zone. */
	const PICKED = `${nextYear}-03-10T00:00:00`;

	const trigger = (webhookId) => copilotTriggerNode({ webhookId, options: WAIT_FOR_THE_RUN, credential: server.workspace });
	const copilot = (name, parameters, { credential = server.workspace, onError, position } = {}) =>
		copilotNode({ name, parameters, credential, onError, position });
	const apiRequests = () => server.fake.requests.filter((request) => request.path.startsWith('/v1/'));
	const run = async (key, data) => {
		server.fake.clearRequests();
		const answer = await ctx.send(key, event(data));
		const [execution] = await ctx.executionsOf(key);
		const error = execution?.data?.resultData?.error;
		expect({ answer: answer.status, status: execution?.status, error: error && `${error.message} (${error.description ?? ''})` }).toEqual({
			answer: 200,
			status: 'success',
			error: undefined,
		});
		return execution;
	};

	beforeAll(async () => {
		server.fake = await startFakeCopilotApi({ apiKey: WORKSPACE_KEY, appApiKey: APP_KEY, seed: 'demo' });
		server.demo = server.fake.demo;
		const credential = (name, data) =>
			ctx.client.createCopilotCredential(name, { webhookSigningSecret: SECRET, baseUrl: server.fake.url, ...data });
		server.workspace = await credential('Copilot (fake API, workspace key)', { apiKey: WORKSPACE_KEY });
		server.app = await credential('Copilot (fake API, custom app key)', { apiKey: APP_KEY, keyKind: 'customApp', workspaceId: server.fake.workspaceId });
		ctx.extraSecrets.push(WORKSPACE_KEY, APP_KEY);

		await ctx.publish(
			'dueDates',
			chain('Due dates east of UTC', [
				trigger('0e2e0000-0000-4000-8000-000000000041'),
				copilot('Create task', {
					resource: 'task',
					operation: 'create',
					name: '={{ $json.data.name }}',
					additionalFields: { internalUserId: '={{ $json.data.internalUserId }}', dueDate: PICKED, description: '={{ $now.toFormat("ZZ") }}' },
				}),
				copilot('Due in 30 days', {
					resource: 'task',
					operation: 'update',
					taskId: byId('={{ $json.id }}'),
					updateFields: { dueDate: '={{ $now.plus({ days: 30 }) }}' },
				}, { position: [600, 0] }),
			]),
		);
		await ctx.publish(
			'deleteTask',
			chain('Delete a task', [
				trigger('0e2e0000-0000-4000-8000-000000000042'),
				copilot('Delete task', { resource: 'task', operation: 'delete', taskId: byId('={{ $json.data.id }}'), deleteSubtasks: '={{ $json.data.recursive }}' }, { onError: 'continueRegularOutput' }),
			]),
		);
		await ctx.publish(
			'notifications',
			chain('Notifications of a company', [
				trigger('0e2e0000-0000-4000-8000-000000000043'),
				copilot('List notifications', {
					resource: 'notification',
					operation: 'getAll',
					returnAll: true,
					filters: { includeRead: '={{ $json.data.includeRead }}', recipientCompanyId: '={{ $json.data.companyId }}' },
				}),
			]),
		);
		for (const [key, webhookId, credential] of [
			['notifyAsApp', '0e2e0000-0000-4000-8000-000000000044', 'app'],
			['notifyAsWorkspace', '0e2e0000-0000-4000-8000-000000000045', 'workspace'],
		]) {
			await ctx.publish(
				key,
				chain(`Notify with the ${credential} key`, [
					trigger(webhookId),
					copilot(
						'Notify',
						{
							resource: 'notification',
							operation: 'create',
							senderId: '={{ $json.data.senderId }}',
							title: '={{ $json.data.title }}',
							additionalFields: { recipientClientId: '={{ $json.data.clientId }}' },
						},
						{ credential: server[credential], onError: 'continueRegularOutput' },
					),
				]),
			);
		}
		await ctx.publish(
			'listMany',
			chain('List many clients', [
				trigger('0e2e0000-0000-4000-8000-000000000046'),
				copilot('List clients', { resource: 'client', operation: 'getAll', returnAll: true, filters: { companyId: '={{ $json.data.companyId }}' } }),
			]),
		);
	}, 120_000);

	afterAll(async () => {
		await server.fake?.stop();
	});

	afterEach(() => {
		server.fake?.clearFailures();
		server.fake?.setPageMode('serve');
	});

	test(`a due date picked in n8n east of UTC (${N8N_TIME_ZONE}) is the date Copilot keeps; {{ $now }} counts by n8n's date`, async () => {
		const [user] = server.demo.internalUsers;
		const execution = await run('dueDates', { id: 'due', name: `Due on the 10th, n8n@${ctx.version}`, internalUserId: user.id });
		const [created] = nodeItems(execution, 'Create task');
		// n8n runs east of UTC: its $now is 9 hours ahead.
		expect(created.description).toBe('+09:00');
		expect(apiRequests()[0].body.dueDate).toBe(`${nextYear}-03-10T00:00:00Z`);
		// What Copilot kept, as its create answered.
		expect(created.dueDate).toBe(`${nextYear}-03-10T00:00:00Z`);
		const [updated] = nodeItems(execution, 'Due in 30 days');
		expect(server.fake.store.get('task', created.id).dueDate).toBe(updated.dueDate);
		const inThirtyDays = dateIn(N8N_TIME_ZONE, new Date(Date.now() + 30 * 86_400_000));
		// Read again when the run may have crossed midnight in Tokyo.
		expect([inThirtyDays, dateIn(N8N_TIME_ZONE, new Date(Date.now() - 60_000 + 30 * 86_400_000))]).toContain(updated.dueDate.slice(0, 10));
		ctx.summary.n8nAnswers.push(`due date picked as ${PICKED} in n8n at ${N8N_TIME_ZONE}: Copilot keeps ${created.dueDate.slice(0, 10)}`);
		ctx.summary.checks++;
	});

	test('Task › Delete of a task with subtasks: Copilot’s 409 and what to do without Delete Subtasks Too; everything gone with it', async () => {
		const parent = server.fake.store.add('task', { name: `Parent ${ctx.version}`, status: 'todo' });
		const child = server.fake.store.add('task', { name: 'Child', status: 'todo', parentTaskId: parent.id });
		const refused = nodeItems(await run('deleteTask', { id: parent.id, recursive: false }), 'Delete task');
		expect(refused).toEqual([{ error: 'Cannot delete task with subtasks. Use recursive delete instead.', httpCode: '409' }]);
		expect(apiRequests().map((request) => [request.query, request.status])).toEqual([[{}, 409]]);
		expect(server.fake.store.get('task', parent.id)).toBeDefined();
		const deleted = nodeItems(await run('deleteTask', { id: parent.id, recursive: true }), 'Delete task');
		expect(deleted).toEqual([expect.objectContaining({ id: parent.id, isDeleted: true })]);
		expect(apiRequests().map((request) => request.query)).toEqual([{ recursive: 'true' }]);
		expect([server.fake.store.get('task', parent.id), server.fake.store.get('task', child.id)]).toEqual([undefined, undefined]);
		ctx.summary.checks++;
	});

	test('Notification › Get Many pages through 150 notifications of one company, filtered by recipientCompanyId', async () => {
		const company = server.fake.store.add('company', { name: `Notified ${ctx.version}`, isPlaceholder: false });
		const [client] = server.fake.seedClients(1, { companyId: company.id });
		for (let index = 0; index < 150; index++) {
			server.fake.store.add('notification', {
				senderId: server.demo.internalUsers[0].id,
				recipientClientId: client.id,
				recipientCompanyId: company.id,
				isRead: index % 3 === 0,
				deliveryTargets: { inProduct: { title: `Notice ${index}`, isRead: index % 3 === 0 } },
			});
		}
		const all = nodeItems(await run('notifications', { id: 'notices', companyId: company.id, includeRead: true }), 'List notifications');
		expect(all).toHaveLength(150);
		expect(new Set(all.map((notification) => notification.id)).size).toBe(150);
		expect(all.every((notification) => notification.recipientCompanyId === company.id)).toBe(true);
		expect(apiRequests().map((request) => [request.query.recipientCompanyId, request.query.limit, request.query.nextToken === undefined])).toEqual([
			[company.id, '1000', true],
			[company.id, '1000', false],
		]);
		const unread = nodeItems(await run('notifications', { id: 'unread', companyId: company.id, includeRead: false }), 'List notifications');
		expect(unread).toHaveLength(100);
		ctx.summary.checks++;
	});

	test('Notification › Create with a custom app’s key (sent as <workspaceId>/<key>); a workspace key is refused saying so', async () => {
		const [client] = server.demo.clients;
		const data = { id: 'notify', senderId: server.demo.internalUsers[0].id, clientId: client.id, title: `Hello from n8n@${ctx.version}` };
		const [created] = nodeItems(await run('notifyAsApp', data), 'Notify');
		expect(created).toMatchObject({ recipientClientId: client.id, deliveryTargets: { inProduct: { title: data.title } } });
		expect(apiRequests().map((request) => [request.apiKey, request.keyKind, request.status])).toEqual([[`${server.fake.workspaceId}/${APP_KEY}`, 'customApp', 200]]);
		const [refused] = nodeItems(await run('notifyAsWorkspace', { ...data, title: 'Not sent' }), 'Notify');
		expect(refused).toMatchObject({ error: expect.stringMatching(/^Copilot allows this only to a custom app’s key \(HTTP 403: /), httpCode: '403' });
		expect(server.fake.store.list('notification').filter((notification) => notification.deliveryTargets?.inProduct?.title === 'Not sent')).toEqual([]);
		ctx.summary.checks++;
	});

	test('Client › Get Many over 2,500 clients: large pages served, capped at 100, refused (fallback to 100, remembered)', async () => {
		const company = server.fake.store.add('company', { name: `Thousands ${ctx.version}`, isPlaceholder: false });
		server.fake.seedClients(2500, { companyId: company.id });
		const list = async (mode) => {
			server.fake.setPageMode(mode);
			const items = nodeItems(await run('listMany', { id: `list-${mode}`, companyId: company.id }), 'List clients');
			expect(new Set(items.map((client) => client.id)).size).toBe(2500);
			return apiRequests().map((request) => `${request.query.limit}:${request.status}`);
		};
		expect(await list('serve')).toEqual(Array(3).fill('1000:200'));
		expect(await list('cap')).toEqual(Array(25).fill('1000:200'));
		expect(await list('refuse')).toEqual(['1000:400', ...Array(25).fill('100:200')]);
		// n8n's process remembers that this list refuses large pages.
		expect(await list('refuse')).toEqual(Array(25).fill('100:200'));
		ctx.summary.n8nAnswers.push('2,500 clients: 3 requests where Copilot serves 1,000 a page, 25 where it caps at 100, 26 then 25 where it refuses');
		ctx.summary.checks++;
	});
}

module.exports = { registerCopilotServerTests };
