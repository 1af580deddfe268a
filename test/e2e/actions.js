// The Copilot action node in a real n8n, driven by the Copilot Trigger, against the fake Copilot API.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { nodeItems } = require('../../scripts/lib/n8n/api');
const { byId, chain, copilotNode, copilotTriggerNode, extractBase64Node, splitOutNode } = require('../../scripts/lib/n8n/workflow-nodes');
const { startFakeCopilotApi } = require('../fake-copilot-api');
const { SECRET } = require('./context');

/** The key the fake Copilot API accepts; the secrets test looks for it in n8n's logs too. */
const FAKE_API_KEY = 'e2e-fake-copilot-key-93c1d7';
const WAIT_FOR_THE_RUN = { respond: 'whenWorkflowFinishes' };

/** A Copilot event whose `data` carries what the workflow works on. */
function event(eventType, data) {
	return { eventType, created: new Date().toISOString(), data: { object: eventType.split('.')[0], ...data } };
}

/** An example workflow from examples/, with the fake API's credential attached to each of our nodes. */
function exampleWorkflow(file, credential) {
	const example = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', file), 'utf8'));
	const nodes = example.nodes.map((node) =>
		node.type.startsWith('n8n-nodes-copilot.')
			? {
					...node,
					credentials: { copilotApi: { id: credential.id, name: credential.name } },
					parameters: node.type.endsWith('.copilotTrigger')
						? { ...node.parameters, options: { ...node.parameters.options, ...WAIT_FOR_THE_RUN } }
						: node.parameters,
				}
			: node,
	);
	return { name: example.name, nodes, connections: example.connections, settings: example.settings };
}

function registerActionTests(ctx) {
	const action = {};

	/** A trigger that answers once the workflow ran, so each test reads a finished execution. */
	const trigger = (webhookId, events = ['*']) =>
		copilotTriggerNode({ webhookId, events, options: WAIT_FOR_THE_RUN, credential: action.credential });
	const copilot = (name, parameters, extra = {}) => copilotNode({ name, parameters, credential: action.credential, ...extra });
	const requestsTo = (method, pattern) =>
		action.fake.requests.filter((request) => request.method === method && pattern.test(request.path));
	const lastExecution = async (key) => (await ctx.executionsOf(key))[0];
	/** The run answered 200 and succeeded; otherwise what n8n recorded as its error, to see why. */
	const expectSuccess = async (key, answer) => {
		const execution = await lastExecution(key);
		const error = execution?.data?.resultData?.error;
		expect({ answer: answer.status, status: execution?.status, error: error && `${error.message} (${error.description ?? ''})` }).toEqual({
			answer: 200,
			status: 'success',
			error: undefined,
		});
		return execution;
	};

	beforeAll(async () => {
		action.fake = await startFakeCopilotApi({ apiKey: FAKE_API_KEY, seed: 'demo' });
		action.demo = action.fake.demo;
		action.credential = await ctx.client.createCopilotCredential('Copilot (fake API)', {
			apiKey: FAKE_API_KEY,
			webhookSigningSecret: SECRET,
			baseUrl: action.fake.url,
		});
		ctx.extraSecrets.push(FAKE_API_KEY);

		await ctx.publish('onboarding', exampleWorkflow('copilot-onboarding.json', action.credential));
		await ctx.publish('companyClients', exampleWorkflow('copilot-company-clients.json', action.credential));
		await ctx.publish('eachEventOnce', exampleWorkflow('copilot-run-each-event-once.json', action.credential));
		await ctx.publish('formToClient', exampleWorkflow('copilot-form-to-client.json', action.credential), `${ctx.n8n.baseUrl}/webhook/copilot-form-to-client`);
		await ctx.publish(
			'downloadFile',
			chain('Download a file', [
				trigger('0e2e0000-0000-4000-8000-000000000026'),
				copilot('Download', { resource: 'file', operation: 'download', fileId: '={{ $json.data.id }}', binaryPropertyName: 'data' }),
				extractBase64Node({ name: 'Bytes as base64', field: 'data' }),
			]),
		);
		await ctx.publish(
			'listClients',
			chain('List clients', [
				trigger('0e2e0000-0000-4000-8000-000000000021'),
				copilot('List clients', {
					resource: 'client',
					operation: 'getAll',
					returnAll: '={{ $json.data.returnAll }}',
					limit: '={{ $json.data.limit }}',
					filters: { companyId: '={{ $json.data.companyId }}' },
				}),
			]),
		);
		await ctx.publish(
			'createClients',
			chain('Create clients', [
				trigger('0e2e0000-0000-4000-8000-000000000022'),
				splitOutNode({ name: 'One item per client', field: 'data.clients' }),
				copilot('Create client', {
					resource: 'client',
					operation: 'create',
					givenName: '={{ $json.givenName }}',
					familyName: '={{ $json.familyName }}',
					email: '={{ $json.email }}',
					additionalFields: { companyId: '={{ $json.companyId }}' },
				}),
			]),
		);
		await ctx.publish(
			'sendMessage',
			chain('Send a message', [
				trigger('0e2e0000-0000-4000-8000-000000000025'),
				copilot('Send message', { resource: 'message', operation: 'send', channelId: byId('={{ $json.data.channelId }}'), text: '={{ $json.data.text }}', additionalFields: {} }),
			]),
		);
		for (const [key, webhookId, onError] of [
			['getByIds', '0e2e0000-0000-4000-8000-000000000023', undefined],
			['getByIdsContinue', '0e2e0000-0000-4000-8000-000000000024', 'continueRegularOutput'],
		]) {
			await ctx.publish(
				key,
				chain(`Get clients by id (${onError ?? 'stop on error'})`, [
					trigger(webhookId),
					splitOutNode({ name: 'One item per id', field: 'data.ids' }),
					copilot('Get client', { resource: 'client', operation: 'get', clientId: byId('={{ $json["data.ids"] }}') }, { onError }),
				]),
			);
		}
	}, 120_000);

	afterAll(async () => {
		await action.fake?.stop();
	});

	afterEach(() => {
		action.fake?.clearFailures();
		action.fake?.setPageMode('serve');
	});

	test('n8n offers the Copilot node, and a Copilot Tool for its AI Agent', async () => {
		const response = await fetch(`${ctx.n8n.baseUrl}/types/nodes.json`, { headers: { cookie: ctx.client.cookie } });
		expect(response.status).toBe(200);
		const types = await response.json();
		const node = types.find((type) => type.name === 'n8n-nodes-copilot.copilot');
		const tool = types.find((type) => type.name === 'n8n-nodes-copilot.copilotTool');
		expect(node).toMatchObject({ displayName: 'Copilot', usableAsTool: true });
		expect(tool).toMatchObject({ displayName: 'Copilot Tool', outputs: ['ai_tool'] });
		expect(tool.properties.map((property) => property.name)).toEqual(expect.arrayContaining(['resource', 'operation', 'clientId']));
		const operationsOf = (resource) =>
			tool.properties
				.filter((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource))
				.flatMap((property) => property.options.map((option) => option.value));
		expect(operationsOf('client')).toEqual(expect.arrayContaining(['upsert']));
		expect(operationsOf('company')).toEqual(expect.arrayContaining(['upsert']));
		expect(operationsOf('file')).toEqual(expect.arrayContaining(['download']));
		expect(operationsOf('appConnection')).toEqual(expect.arrayContaining(['create', 'getAll']));
		ctx.summary.checks++;
	});

	test('client created → Get client → Create onboarding task → welcome message (the onboarding example)', async () => {
		const client = action.demo.clients[0];
		action.fake.clearRequests();
		const answer = await ctx.send('onboarding', event('client.created', { id: client.id, givenName: client.givenName }));
		await expectSuccess('onboarding', answer);

		const [getClient] = requestsTo('GET', /^\/v1\/clients\//);
		expect(getClient).toMatchObject({ path: `/v1/clients/${client.id}`, apiKey: FAKE_API_KEY, status: 200 });
		const [createTask] = requestsTo('POST', /^\/v1\/tasks$/);
		expect(createTask).toMatchObject({
			apiKey: FAKE_API_KEY,
			status: 200,
			body: {
				name: `Welcome, ${client.givenName}: complete your onboarding`,
				clientId: client.id,
				companyId: client.companyId,
				status: 'todo',
			},
		});
		const [sendMessage] = requestsTo('POST', /^\/v1\/messages$/);
		expect(sendMessage.body.text).toBe(
			`Hi ${client.givenName}, welcome to the portal! Your first task is waiting for you under Tasks.`,
		);
		const channel = action.fake.store.get('messageChannel', sendMessage.body.channelId);
		expect(channel.clientId).toBe(client.id);
		ctx.summary.checks++;
	});

	test('Get Many with Return All lists 250 clients in one large page; Limit 5 gives 5', async () => {
		const company = action.fake.store.add('company', { name: 'Bulk clients Ltd', isPlaceholder: false });
		action.fake.seedClients(250, { companyId: company.id });
		action.fake.clearRequests();

		const listAll = event('client.updated', { id: 'list-all', companyId: company.id, returnAll: true, limit: 50 });
		const all = nodeItems(await expectSuccess('listClients', await ctx.send('listClients', listAll)), 'List clients');
		expect(all).toHaveLength(250);
		expect(new Set(all.map((client) => client.id)).size).toBe(250);
		expect(all.every((client) => client.companyId === company.id)).toBe(true);
		expect(requestsTo('GET', /^\/v1\/clients$/).map((request) => request.query.limit)).toEqual(['1000']);

		const listFive = event('client.updated', { id: 'list-five', companyId: company.id, returnAll: false, limit: 5 });
		expect(nodeItems(await expectSuccess('listClients', await ctx.send('listClients', listFive)), 'List clients')).toHaveLength(5);
		ctx.summary.checks++;
	});

	test('120 items create 120 clients in one execution under the 20 requests/s limit', async () => {
		const company = action.fake.store.add('company', { name: `Created in bulk ${ctx.version}`, isPlaceholder: false });
		const clients = Array.from({ length: 120 }, (_, i) => ({
			givenName: `Bulk${i}`,
			familyName: 'Client',
			email: `bulk-${ctx.version}-${i}@example.com`,
			companyId: company.id,
		}));
		action.fake.clearRequests();
		// The bucket full, as after a quiet second: the node's own pace must keep it from running dry.
		action.fake.refillRateLimit();
		const statsBefore = action.fake.stats();
		const started = Date.now();
		const answer = await ctx.send('createClients', event('client.updated', { id: 'bulk', clients }));
		const seconds = (Date.now() - started) / 1000;
		const execution = await expectSuccess('createClients', answer);
		const created = nodeItems(execution, 'Create client');
		expect(created).toHaveLength(120);
		expect(created.map((client) => client.email)).toEqual(clients.map((client) => client.email));
		expect(action.fake.store.list('client').filter((client) => client.companyId === company.id)).toHaveLength(120);
		const tooMany = (action.fake.stats().byStatus['429'] ?? 0) - (statsBefore.byStatus['429'] ?? 0);
		ctx.summary.n8nAnswers.push(
			`120 client creates in one execution: ${seconds.toFixed(1)} s (${(120 / seconds).toFixed(1)}/s), ${tooMany} answered 429, 0 failed`,
		);
		expect(tooMany).toBe(0);
		ctx.summary.checks++;
	});

	test('four executions at once, 30 creates each, share one rate limit: all succeed, each client exists once', async () => {
		const company = action.fake.store.add('company', { name: `Created concurrently ${ctx.version}`, isPlaceholder: false });
		const batches = Array.from({ length: 4 }, (_, batch) =>
			Array.from({ length: 30 }, (_, i) => ({
				givenName: `Concurrent${batch}-${i}`,
				familyName: 'Client',
				email: `concurrent-${ctx.version}-${batch}-${i}@example.com`,
				companyId: company.id,
			})),
		);
		// The bucket full, as after a quiet second: the node's own pace must keep it from running dry.
		action.fake.refillRateLimit();
		const statsBefore = action.fake.stats();
		const started = Date.now();
		const answers = await Promise.all(batches.map((clients, batch) => ctx.send('createClients', event('client.updated', { id: `concurrent-${batch}`, clients }))));
		const seconds = (Date.now() - started) / 1000;
		expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
		const executions = (await ctx.executionsOf('createClients')).slice(0, 4);
		expect(executions.map((execution) => execution.status)).toEqual(['success', 'success', 'success', 'success']);
		const created = action.fake.store.list('client').filter((client) => client.companyId === company.id);
		const emails = batches.flat().map((client) => client.email);
		expect(created.map((client) => client.email).sort()).toEqual([...emails].sort());
		const tooMany = (action.fake.stats().byStatus['429'] ?? 0) - (statsBefore.byStatus['429'] ?? 0);
		ctx.summary.n8nAnswers.push(
			`4 executions at once, 30 client creates each: ${seconds.toFixed(1)} s (${(120 / seconds).toFixed(1)}/s together), ${tooMany} answered 429, 120 created once each`,
		);
		expect(tooMany).toBe(0);
		ctx.summary.checks++;
	});

	test('a create answered 502 after Copilot did it is not sent again: a client is looked up by email, a message fails saying to check', async () => {
		const email = `gateway-${ctx.version}@example.com`;
		action.fake.clearRequests();
		action.fake.failNext({ status: 502, method: 'POST', path: '/v1/clients', afterWrite: true });
		const clients = [{ givenName: 'Gateway', familyName: 'Error', email, companyId: action.demo.companies[0].id }];
		const execution = await expectSuccess('createClients', await ctx.send('createClients', event('client.updated', { id: 'gateway-client', clients })));
		expect(nodeItems(execution, 'Create client')).toEqual([expect.objectContaining({ email, givenName: 'Gateway' })]);
		expect(requestsTo('POST', /^\/v1\/clients$/).map((request) => request.status)).toEqual([502]);
		expect(requestsTo('GET', /^\/v1\/clients$/).map((request) => request.query.email)).toEqual([email]);
		expect(action.fake.store.list('client').filter((client) => client.email === email)).toHaveLength(1);

		const channel = action.demo.messageChannels[0];
		const text = `Sent once on ${ctx.version}`;
		action.fake.clearRequests();
		action.fake.failNext({ status: 502, method: 'POST', path: '/v1/messages', afterWrite: true });
		const answer = await ctx.send('sendMessage', event('client.updated', { id: 'gateway-message', channelId: channel.id, text }));
		expect(answer.status).toBe(500);
		const failed = await lastExecution('sendMessage');
		expect(failed.status).toBe('error');
		expect(failed.data.resultData.error.message).toBe(
			'Copilot may have done this already: Copilot answered HTTP 502 (Injected failure: HTTP 502), so the request was not sent again',
		);
		expect(requestsTo('POST', /^\/v1\/messages$/)).toHaveLength(1);
		expect(action.fake.store.list('message').filter((message) => message.text === text)).toHaveLength(1);
		ctx.summary.checks++;
	});

	test('Return All ends with an error naming the list when Copilot repeats a nextToken', async () => {
		const company = action.fake.store.add('company', { name: `Endless list ${ctx.version}`, isPlaceholder: false });
		action.fake.seedClients(250, { companyId: company.id });
		action.fake.clearRequests();
		// Pages of 100, so that there is a next page whose token can repeat.
		action.fake.setPageMode('cap');
		action.fake.failNext({ method: 'GET', path: '/v1/clients', repeatToken: true, count: 1000 });
		const started = Date.now();
		const answer = await ctx.send('listClients', event('client.updated', { id: 'endless', companyId: company.id, returnAll: true, limit: 50 }));
		const seconds = (Date.now() - started) / 1000;
		expect(answer.status).toBe(500);
		const failed = await lastExecution('listClients');
		expect(failed.status).toBe('error');
		expect(failed.data.resultData.error.message).toBe(
			"Copilot's list /v1/clients did not end: it sent a nextToken it had sent before; stopped after 200 records",
		);
		expect(requestsTo('GET', /^\/v1\/clients$/)).toHaveLength(2);
		ctx.summary.n8nAnswers.push(`a list whose nextToken repeats: the execution failed after ${seconds.toFixed(1)} s, 2 pages asked`);
		ctx.summary.checks++;
	});

	test('a form submitted twice for the same person: one company, one client, one welcome task (the form-to-client example)', async () => {
		const submission = { name: `Grace Form ${ctx.version}`, email: `Grace.Form-${ctx.version}@Example.com`, company: `Form Company ${ctx.version}` };
		const email = submission.email.toLowerCase();
		const outcomes = [];
		for (let run = 0; run < 2; run++) {
			action.fake.clearRequests();
			const answer = await fetch(ctx.workflows.formToClient.url, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(submission),
			});
			expect(answer.status).toBe(200);
			const execution = await expectSuccess('formToClient', answer);
			outcomes.push([nodeItems(execution, 'Company: create or update')[0].upsert, nodeItems(execution, 'Client: create or update')[0].upsert]);
		}
		expect(outcomes).toEqual([
			['created', 'created'],
			['unchanged', 'unchanged'],
		]);
		const companies = action.fake.store.list('company').filter((company) => company.name === submission.company);
		const clients = action.fake.store.list('client').filter((client) => client.email === email);
		expect(companies).toHaveLength(1);
		expect(clients).toHaveLength(1);
		expect(clients[0]).toMatchObject({ givenName: 'Grace', familyName: `Form ${ctx.version}`, companyId: companies[0].id });
		const tasks = action.fake.store.list('task').filter((task) => task.clientId === clients[0].id);
		expect(tasks).toEqual([expect.objectContaining({ name: 'Welcome, Grace: complete your onboarding', companyId: companies[0].id, status: 'todo' })]);
		// The second run only looked: no create, no update.
		expect(action.fake.requests.filter((request) => request.method !== 'GET')).toEqual([]);
		ctx.summary.checks++;
	});

	test('File › Download streams the bytes from the storage host on another address into binary data, without the API key', async () => {
		const content = Buffer.from(`Signed engagement letter, n8n@${ctx.version}\n`);
		const file = action.fake.store.add('file', {
			object: 'file',
			name: 'engagement-letter.txt',
			path: 'Shared documents/engagement-letter.txt',
			channelId: action.demo.fileChannels[0].id,
			status: 'completed',
			size: content.length,
			content,
			contentType: 'text/plain',
		});
		action.fake.clearRequests();
		const execution = await expectSuccess('downloadFile', await ctx.send('downloadFile', event('file.updated', { id: file.id })));
		const [downloaded] = nodeItems(execution, 'Download');
		expect(downloaded).toMatchObject({ id: file.id, name: 'engagement-letter.txt' });
		expect(downloaded).not.toHaveProperty('downloadUrl');
		expect(Buffer.from(nodeItems(execution, 'Bytes as base64')[0].data, 'base64').toString()).toBe(content.toString());
		expect(action.fake.requests.map(({ host, method, apiKey }) => [host, method, apiKey])).toEqual([
			['api', 'GET', FAKE_API_KEY],
			['storage', 'GET', undefined],
		]);
		expect(new URL(action.fake.storageUrl).hostname).not.toBe(new URL(action.fake.url).hostname);
		ctx.summary.checks++;
	});

	test('an unknown id fails the execution with Copilot’s message; On Error: Continue gives an error item and goes on', async () => {
		const [first, second] = action.demo.clients;
		const ids = [first.id, 'no-such-client', second.id];

		const failed = await ctx.send('getByIds', event('client.updated', { id: 'ids-stop', ids }));
		expect(failed.status).toBe(500);
		const stopped = await lastExecution('getByIds');
		expect(stopped.status).toBe('error');
		expect(stopped.data.resultData.error.message).toBe('Client not found');
		expect(stopped.data.resultData.error.httpCode).toBe('404');

		const continued = await ctx.send('getByIdsContinue', event('client.updated', { id: 'ids-continue', ids }));
		const execution = await expectSuccess('getByIdsContinue', continued);
		const items = nodeItems(execution, 'Get client');
		expect(items).toEqual([
			expect.objectContaining({ id: first.id }),
			{ error: 'Client not found', code: 'not_found', httpCode: '404' },
			expect.objectContaining({ id: second.id }),
		]);
		ctx.summary.checks++;
	});

	test('a redelivered event runs once with Remove Duplicates on eventFingerprint (the run-each-event-once example)', async () => {
		const [client] = action.demo.clients;
		action.fake.clearRequests();
		const created = event('client.created', { id: client.id, givenName: client.givenName, companyId: client.companyId });
		// Copilot's redelivery carries the same event, though not necessarily the same bytes.
		const again = JSON.stringify({ data: { companyId: client.companyId, givenName: client.givenName, id: client.id, object: 'client' }, eventType: 'client.created', created: created.created }, null, 2);
		const other = event('client.created', { id: action.demo.clients[1].id, givenName: 'Other', companyId: action.demo.clients[1].companyId });
		await expectSuccess('eachEventOnce', await ctx.send('eachEventOnce', created));
		await expectSuccess('eachEventOnce', await ctx.send('eachEventOnce', again));
		await expectSuccess('eachEventOnce', await ctx.send('eachEventOnce', other));
		const tasks = requestsTo('POST', /^\/v1\/tasks$/).map((request) => request.body.clientId);
		expect(tasks).toEqual([client.id, action.demo.clients[1].id]);
		const fingerprints = (await ctx.executionsOf('eachEventOnce')).map((execution) => nodeItems(execution, 'Copilot Trigger')[0].eventFingerprint);
		expect(new Set(fingerprints).size).toBe(2);
		ctx.summary.checks++;
	});

	test('company renamed → Get Many with a filter → a task for each of its clients (the Get Many example)', async () => {
		const company = action.demo.companies[0];
		const members = action.fake.store.list('client').filter((client) => client.companyId === company.id);
		expect(members.length).toBeGreaterThan(0);
		action.fake.clearRequests();
		const renamed = event('company.updated', { id: company.id, name: 'Renamed Co', previousAttributes: { name: company.name } });
		await expectSuccess('companyClients', await ctx.send('companyClients', renamed));

		expect(requestsTo('GET', /^\/v1\/clients$/)[0].query).toMatchObject({ companyId: company.id });
		const tasks = requestsTo('POST', /^\/v1\/tasks$/).map((request) => request.body);
		expect(tasks.map((task) => task.clientId).sort()).toEqual(members.map((client) => client.id).sort());
		expect(tasks[0]).toMatchObject({
			name: 'Please check your details under Renamed Co',
			companyId: company.id,
			description: `Your company is now called Renamed Co (was ${company.name}).`,
		});
		ctx.summary.checks++;
	});
}

module.exports = { FAKE_API_KEY, registerActionTests };
