// The Copilot App Trigger in a real n8n, serving examples/copilot-custom-app.json against the fake
// Copilot API: the page a client's token opens, Mark done through a POST carrying the token, the
// same 403 page and no execution for every token n8n must refuse, and the token nowhere in n8n's
// items, stored executions or debug log.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { nodeItems } = require('../../scripts/lib/n8n/api');
const { appTokenFor, mintAppToken, startFakeCopilotApi } = require('../fake-copilot-api');
const { sleep } = require('./context');

const APP_KEY = 'e2e-custom-app-key-5c2f81';
const EXAMPLE = join(__dirname, '..', '..', 'examples', 'copilot-custom-app.json');

/** The example as a user imports it, with the custom app's credential picked in each of our nodes. */
function customAppExample(credential) {
	const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
	const nodes = example.nodes.map((node) =>
		node.type.startsWith('n8n-nodes-copilot.') ? { ...node, credentials: { copilotApi: { id: credential.id, name: credential.name } } } : node,
	);
	return { workflow: { name: example.name, nodes, connections: example.connections, settings: example.settings }, webhookId: nodes[0].webhookId };
}

/** The open tasks a page lists, by the names in its list items. */
const listedTasks = (html) => [...html.matchAll(/<li><span>([^<]*)<\/span>/g)].map((match) => match[1]);

function registerAppTests(ctx) {
	const app = {};
	const open = async (query, init) => {
		const response = await fetch(`${app.url}?${query}`, init);
		const answer = { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
		ctx.answers.push(answer.body);
		return answer;
	};
	const markDone = (token, taskId) =>
		open(`token=${token}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ taskId }) });
	const executions = () => ctx.executionsOf('customApp');

	beforeAll(async () => {
		app.fake = await startFakeCopilotApi({ apiKey: 'e2e-app-suite-workspace-key', appApiKey: APP_KEY, seed: 'demo' });
		ctx.extraSecrets.push(APP_KEY);
		const [ava, liam] = app.fake.demo.clients;
		[app.ava, app.liam] = [ava, liam];
		app.avaTasks = ['Sign the engagement letter', 'Upload a photo ID'].map((name) =>
			app.fake.store.add('task', { name, status: 'todo', clientId: ava.id, companyId: ava.companyId, isArchived: false }),
		);
		app.credential = await ctx.client.createCopilotCredential('Copilot custom app', {
			keyKind: 'customApp',
			apiKey: APP_KEY,
			workspaceId: app.fake.workspaceId,
			baseUrl: app.fake.url,
		});
		const { workflow, webhookId } = customAppExample(app.credential);
		app.webhookId = webhookId;
		app.url = `${ctx.n8n.baseUrl}/webhook/${webhookId}/app`;
		await ctx.publish('customApp', workflow, app.url);
	}, 120_000);

	afterAll(async () => {
		await app.fake?.stop();
	});

	test('custom app: a client’s token opens a page of their own open tasks, framed by n8n’s sandbox; the token is in no item, execution or log', async () => {
		const before = (await executions()).length;
		const token = appTokenFor(app.fake, { clientId: app.ava.id });
		const page = await open(`token=${token}&view=open`);
		expect(page.status).toBe(200);
		expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(page.headers['cache-control']).toBe('no-store');
		expect(page.headers['referrer-policy']).toBe('no-referrer');
		// n8n's own sandbox for webhook HTML: scripts and forms, no same-origin (so no cookies or storage), no frame-ancestors.
		expect(page.headers['content-security-policy']).toMatch(/^sandbox .*allow-forms.*allow-scripts/);
		expect(page.headers['content-security-policy']).not.toMatch(/allow-same-origin|frame-ancestors/);
		expect(page.headers['x-frame-options']).toBeUndefined();
		ctx.summary.n8nAnswers.push(`custom app page: ${page.status}, content-security-policy: ${page.headers['content-security-policy']}`);

		expect(page.body).toContain(`<h1>Hello ${app.ava.givenName}</h1>`);
		const openOfAva = app.fake.store.list('task').filter((task) => task.clientId === app.ava.id && task.status !== 'completed');
		expect(listedTasks(page.body).sort()).toEqual(openOfAva.map((task) => task.name).sort());
		expect(page.body.match(/<form method="post">/g)).toHaveLength(openOfAva.length);
		expect(page.body).not.toContain(token);

		const runs = await executions();
		expect(runs).toHaveLength(before + 1);
		expect(runs[0].status).toBe('success');
		const [item] = nodeItems(runs[0], 'Copilot App Trigger');
		expect(item).toMatchObject({ viewer: 'client', clientId: app.ava.id, method: 'GET', query: { view: 'open' }, client: { id: app.ava.id } });
		expect(JSON.stringify(runs)).not.toContain(token);
		// n8n's debug log records the request, by its path only.
		expect(ctx.logs()).toContain(`Received webhook "GET" for path "${app.webhookId}/app"`);
		expect(ctx.logs()).not.toContain(token);
		expect(ctx.logs()).not.toContain(APP_KEY);
		ctx.summary.accepted += 1;
		ctx.summary.checks++;
	});

	test('custom app: Mark done posts the form with the token, completes that client’s task, and answers the updated page; another client’s task stays open', async () => {
		const token = appTokenFor(app.fake, { clientId: app.ava.id });
		const [task] = app.avaTasks;
		app.fake.clearRequests();
		const page = await markDone(token, task.id);
		expect(page.status).toBe(200);
		expect(app.fake.store.get('task', task.id)).toMatchObject({ status: 'completed', clientId: app.ava.id });
		const patches = app.fake.requests.filter((request) => request.method === 'PATCH');
		expect(patches).toEqual([expect.objectContaining({ path: `/v1/tasks/${task.id}`, body: { status: 'completed' }, keyKind: 'customApp', status: 200 })]);
		expect(page.body).toContain(`Marked “${task.name}” done.`);
		expect(listedTasks(page.body)).not.toContain(task.name);

		// A form naming a task of another client changes nothing: the workflow checks whose task it is.
		const liamsTask = app.fake.store.add('task', { name: 'Liam’s own task', status: 'todo', clientId: app.liam.id, companyId: app.liam.companyId, isArchived: false });
		app.fake.clearRequests();
		const refusedPage = await markDone(token, liamsTask.id);
		expect(refusedPage.status).toBe(200);
		expect(app.fake.store.get('task', liamsTask.id).status).toBe('todo');
		expect(app.fake.requests.filter((request) => request.method === 'PATCH')).toEqual([]);
		expect(refusedPage.body).not.toContain('Liam');
		ctx.summary.accepted += 2;
		ctx.summary.checks++;
	});

	test('custom app: a team member gets the team page; a preview lists the client’s tasks without Mark done', async () => {
		const [user] = app.fake.demo.internalUsers;
		const team = await open(`token=${appTokenFor(app.fake, { internalUserId: user.id })}`);
		expect(team.status).toBe(200);
		expect(team.body).toContain('<h1>Client tasks</h1>');
		const preview = await open(`token=${appTokenFor(app.fake, { clientId: app.ava.id, internalUserId: user.id })}`);
		expect(preview.body).toContain('Preview: this is what the client sees.');
		expect(listedTasks(preview.body).length).toBeGreaterThan(0);
		expect(preview.body).not.toContain('<form');
		ctx.summary.accepted += 2;
		ctx.summary.checks++;
	});

	test('custom app: with a workspace key n8n does not serve the app, and says the trigger needs a custom app’s key', async () => {
		const { workflow } = customAppExample(ctx.credential);
		// Its own address, so that n8n does not refuse it for the published example's.
		const webhookId = '0e2e0000-0000-4000-8000-0000000000a9';
		const nodes = workflow.nodes.map((node, index) => (index === 0 ? { ...node, webhookId } : node));
		const created = await ctx.client.createWorkflow({ ...workflow, nodes, name: `${workflow.name} (workspace key)` });
		// 1.x refuses to publish; 2.x publishes in the background and reports the failed trigger in the
		// workflow's publication status, which its editor shows.
		let reason = await ctx.client.activate(created.id).then(
			() => undefined,
			(error) => error.message,
		);
		const deadline = Date.now() + 60_000;
		while (reason === undefined && Date.now() < deadline) {
			const publication = await ctx.client.rest(`/workflows/${created.id}/publication-status`);
			reason = publication?.triggers?.find((trigger) => trigger.status === 'failed')?.errorMessage;
			if (reason === undefined) await sleep(500);
		}
		expect(reason).toMatch(/does not hold a custom app’s key with its Workspace ID/);
		expect((await fetch(`${ctx.n8n.baseUrl}/webhook/${webhookId}/app?token=${appTokenFor(app.fake, { clientId: app.ava.id })}`)).status).toBe(404);
		ctx.summary.n8nAnswers.push(`custom app published with a workspace key: ${ctx.version.startsWith('1.') ? 'publishing refused' : 'published, activation failed'}: ${reason.slice(0, 120)}`);
		ctx.summary.checks++;
	});

	test('custom app: no token, a tampered one, another app’s, another workspace’s: the same 403 page, and no execution', async () => {
		const before = (await executions()).length;
		const good = appTokenFor(app.fake, { clientId: app.ava.id });
		const flipped = `${good.slice(0, 40)}${(parseInt(good[40], 16) ^ 1).toString(16)}${good.slice(41)}`;
		const cases = {
			'no token': 'view=open',
			'a tampered token': `token=${flipped}`,
			'a token cut short': `token=${good.slice(0, 64)}`,
			'another app’s token': `token=${mintAppToken('another-app-key', { workspaceId: app.fake.workspaceId, clientId: app.ava.id })}`,
			'another workspace’s token': `token=${mintAppToken(APP_KEY, { workspaceId: 'another-workspace', clientId: app.ava.id })}`,
		};
		const answers = {};
		for (const [label, query] of Object.entries(cases)) answers[label] = await open(query);
		const form = await open('', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'taskId=x' });
		for (const answer of [...Object.values(answers), form]) {
			expect(answer.status).toBe(403);
			expect(answer.body).toBe(answers['no token'].body);
			expect(answer.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
		}
		expect(answers['no token'].body).toContain('Open this app from Copilot');
		// Ran nothing: once a genuine opening after them has run, it is the only execution added.
		expect((await open(`token=${good}`)).status).toBe(200);
		while ((await executions()).length <= before) await sleep(200);
		expect((await executions()).length).toBe(before + 1);
		ctx.summary.n8nAnswers.push(`custom app refusals (${Object.keys(cases).join(', ')}, a form without token): 403, one page`);
		ctx.summary.refused += Object.keys(cases).length + 1;
		ctx.summary.accepted++;
		ctx.summary.checks++;
	});
}

module.exports = { customAppExample, registerAppTests };
