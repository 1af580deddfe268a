// The Copilot Tool as a model uses it: n8n's AI Agent with its OpenAI Chat Model pointed at a scripted
// model on loopback (no network), the Copilot Tools of examples/copilot-agent.json against the fake
// Copilot API. The model's script names the tool to call; the arguments come from the JSON schema n8n
// sent; every request the model got is recorded, tool results included.
const { startScriptedModel } = require('../../scripts/lib/services/scripted-model');
const { startFakeCopilotApi } = require('../fake-copilot-api');
const { agentWorkflow, fromAiParameters, isCopilotTool, readExample } = require('./agent-workflows');
const { SECRET } = require('./context');

const FAKE_API_KEY = 'e2e-agent-copilot-key-5e2a91';
const MODEL_API_KEY = 'sk-scripted-e2e-7c1d40';
const PING = { when: 'ping', steps: [], answer: () => 'pong' };

/** A tool result as the model read it: the JSON n8n sent, or its text when it is not JSON (or empty). */
function parsed(text) {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/** A list the model got back from a tool, or [] when the tool answered something else. */
const listIn = (result) => (Array.isArray(result) ? result : []);
/** The failure a tool answered instead of throwing (its one item), or undefined. */
const failureIn = (result) => listIn(result).find((item) => typeof item?.error === 'string');
const nameOf = (client) => `${client.givenName} ${client.familyName}`;

/** What the scripted model answers once the tool results are in: the client found, or the failure. */
function sayResult(result) {
	const failure = failureIn(result);
	if (failure) return `Copilot said: ${failure.error} (HTTP ${failure.httpCode}). ${failure.whatToDo}`;
	const [first] = listIn(result);
	if (first?.givenName) return `${nameOf(first)} <${first.email}> is client ${first.id}`;
	if (first?.object === 'task') return `Created the task "${first.name}" (${first.id}) for client ${first.clientId}`;
	return `The tool answered ${JSON.stringify(result).slice(0, 200)}`;
}

function registerAgentTests(ctx) {
	const agent = { urls: {} };
	const example = readExample();
	const exampleTools = example.nodes.filter(isCopilotTool);

	/** Creates, publishes, and waits until the webhook runs the agent (a "ping" it answers without tools). */
	async function publishAgent(key, workflow) {
		const created = await ctx.client.createWorkflow(workflow);
		await ctx.client.activate(created.id);
		const webhook = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.webhook');
		const url = `${ctx.n8n.baseUrl}/webhook/${webhook.parameters.path}`;
		ctx.workflows[key] = { id: created.id, url };
		const deadline = Date.now() + 30_000;
		for (;;) {
			const probe = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'ping' }) });
			await probe.arrayBuffer();
			if (probe.status !== 404) return;
			if (Date.now() > deadline) throw new Error(`${url} still answers 404 after 30 s`);
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}

	/** Asks the agent of workflow `key`; the text it answered (a stream's items joined) and the run. */
	async function ask(key, message) {
		const response = await fetch(ctx.workflows[key].url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ message }),
		});
		const body = await response.text();
		ctx.answers.push(body);
		const streamed = body
			.split('\n')
			.filter((line) => line.trim() !== '')
			.map((line) => JSON.parse(line));
		const text = streamed.length === 1 && 'output' in streamed[0] ? streamed[0].output : streamed.filter((part) => part.type === 'item').map((part) => part.content).join('');
		const [execution] = await ctx.executionsOf(key);
		return { status: response.status, text, streamed, execution };
	}

	/** The tool calls and the tool results of the conversation that started with `message`. */
	function conversation(message) {
		const requests = agent.model.requestsFor(message);
		const calls = requests.filter((request) => request.answer.toolCall).map((request) => request.answer.toolCall);
		const last = requests.at(-1)?.body.messages ?? [];
		const results = last.filter((entry) => entry.role === 'tool').map((entry) => parsed(entry.content));
		return { requests, calls, results, problems: requests.flatMap((request) => request.problems) };
	}

	const expectRunSucceeded = (answer) =>
		expect({ status: answer.status, run: answer.execution?.status, error: answer.execution?.data?.resultData?.error?.message }).toEqual({
			status: 200,
			run: 'success',
			error: undefined,
		});

	beforeAll(async () => {
		agent.fake = await startFakeCopilotApi({ apiKey: FAKE_API_KEY, seed: 'demo' });
		agent.model = await startScriptedModel({ scripts: [PING] });
		ctx.extraSecrets.push(FAKE_API_KEY, MODEL_API_KEY);
		const copilotCredential = await ctx.client.createCopilotCredential('Copilot (fake API, agent)', {
			apiKey: FAKE_API_KEY,
			webhookSigningSecret: SECRET,
			baseUrl: agent.fake.url,
		});
		// The OpenAI credential's Base URL is where n8n's OpenAI Chat Model sends its requests.
		const modelCredential = await ctx.client.createCredential('Scripted model', 'openAiApi', { apiKey: MODEL_API_KEY, url: agent.model.url, header: false });
		const credentials = { copilotCredential, modelCredential };
		await publishAgent('agent', agentWorkflow({ ...credentials, path: 'copilot-agent', webhookId: '0e2e0000-0000-4000-8000-000000000061' }));
		await publishAgent(
			'agentStreaming',
			agentWorkflow({ ...credentials, path: 'copilot-agent-streaming', webhookId: '0e2e0000-0000-4000-8000-000000000062', streaming: true }),
		);
		// AI Agent 2.2 calls its tools through LangChain in the agent's own run, not as workflow nodes.
		await publishAgent('agentV22', agentWorkflow({ ...credentials, path: 'copilot-agent-v22', webhookId: '0e2e0000-0000-4000-8000-000000000063', agentVersion: 2.2 }));
		agent.model.requests.length = 0;
	}, 120_000);

	afterAll(async () => {
		await agent.fake?.stop();
		await agent.model?.stop();
	});

	afterEach(() => agent.fake?.clearFailures());

	test('AI Agent: "find the client with this email" calls Find client by email with it, and the answer names the client Copilot holds', async () => {
		const client = agent.fake.demo.clients[2];
		const message = `find the client with the email ${client.email}`;
		agent.model.script({ when: message, steps: [{ tool: 'Find_client_by_email', args: { email: client.email } }], answer: ([found]) => sayResult(found) });
		agent.fake.clearRequests();

		const answer = await ask('agent', message);
		expectRunSucceeded(answer);
		const { calls, results, problems } = conversation(message);
		expect(problems).toEqual([]);
		expect(calls).toEqual([expect.objectContaining({ name: 'Find_client_by_email', arguments: { email: client.email } })]);
		expect(agent.fake.requests.map(({ method, path, query }) => [method, path, query])).toEqual([['GET', '/v1/clients', { email: client.email, limit: '5' }]]);
		expect(results).toEqual([[expect.objectContaining({ id: client.id, email: client.email })]]);
		expect(answer.text).toBe(`${nameOf(client)} <${client.email}> is client ${client.id}`);
		ctx.summary.checks++;
	});

	test('what the model is sent: every Copilot tool with a name and a description to choose by, each $fromAI parameter typed and described', async () => {
		expectRunSucceeded(await ask('agent', 'ping'));
		const request = agent.model.requests.at(-1);
		const sent = new Map(request.tools.map((tool) => [tool.name, tool]));
		expect([...sent.keys()].sort()).toEqual(exampleTools.map((node) => node.name.replace(/[^a-zA-Z0-9_-]+/g, '_')).sort());
		const descriptions = [...sent.values()].map((tool) => tool.description);
		expect(new Set(descriptions).size).toBe(descriptions.length);
		for (const node of exampleTools) {
			const tool = sent.get(node.name.replace(/[^a-zA-Z0-9_-]+/g, '_'));
			expect(tool.name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
			expect(tool.description.length).toBeGreaterThan(15);
			if (node.parameters.descriptionType === 'manual') expect(tool.description).toBe(node.parameters.toolDescription);
			const declared = fromAiParameters(node);
			expect(Object.keys(tool.parameters.properties).sort()).toEqual([...new Set(declared.map((parameter) => parameter.key))].sort());
			for (const parameter of declared) {
				expect({ tool: tool.name, key: parameter.key, ...tool.parameters.properties[parameter.key] }).toEqual({
					tool: tool.name,
					key: parameter.key,
					type: parameter.type,
					description: parameter.description,
				});
				expect(parameter.description.length).toBeGreaterThan(15);
				expect(tool.parameters.required).toContain(parameter.key);
			}
		}
		// A tool left on "Set Automatically" is described by its operation's action, as n8n builds it.
		const copilotType = (await (await fetch(`${ctx.n8n.baseUrl}/types/nodes.json`, { headers: { cookie: ctx.client.cookie } })).json()).find(
			(type) => type.name === 'n8n-nodes-copilot.copilotTool',
		);
		for (const node of exampleTools.filter((candidate) => candidate.parameters.descriptionType === 'auto')) {
			const { resource, operation } = node.parameters;
			const { action } = copilotType.properties
				.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource))
				.options.find((option) => option.value === operation);
			expect(sent.get(node.name.replace(/[^a-zA-Z0-9_-]+/g, '_')).description).toBe(`${action} in Copilot`);
		}
		expect(sent.get('Create_task').description).toBe('Create a task in Copilot');
		ctx.summary.checks++;
	});

	test('AI Agent, streaming: "create a task for this client" finds the client, then Create task with the name and assignee the model chose: one task in Copilot', async () => {
		const client = agent.fake.demo.clients[3];
		const message = `create a task for ${client.email} to upload their passport`;
		const taskName = `Upload your passport (n8n ${ctx.version})`;
		agent.model.script({
			when: message,
			steps: [
				{ tool: 'Find_client_by_email', args: { email: client.email } },
				{ tool: 'Create_task', args: ([found]) => ({ name: taskName, clientId: listIn(found)[0]?.id }) },
			],
			answer: (results) => sayResult(results.at(-1)),
		});
		agent.fake.clearRequests();

		const answer = await ask('agentStreaming', message);
		expectRunSucceeded(answer);
		expect(answer.streamed.map((part) => part.type)).toEqual(expect.arrayContaining(['begin', 'item', 'end']));
		const { requests, calls, results, problems } = conversation(message);
		expect(problems).toEqual([]);
		expect(requests.map((request) => request.stream)).toEqual([true, true, true]);
		expect(calls.map((call) => call.name)).toEqual(['Find_client_by_email', 'Create_task']);
		expect(calls[1].arguments).toEqual({ name: taskName, clientId: client.id });
		const tasks = agent.fake.store.list('task').filter((task) => task.name === taskName);
		expect(tasks).toEqual([expect.objectContaining({ clientId: client.id, companyId: client.companyId, status: 'todo' })]);
		expect(results[1]).toEqual([expect.objectContaining({ id: tasks[0].id })]);
		expect(answer.text).toBe(`Created the task "${taskName}" (${tasks[0].id}) for client ${client.id}`);
		ctx.summary.checks++;
	});

	test.each([
		['AI Agent 3', 'agent'],
		['AI Agent 2.2', 'agentV22'],
	])('%s: an unknown client ID comes back to the model as Copilot’s message with what to do, and the run succeeds', async (label, key) => {
		const message = `${label}: tell me about client 9d4f0e9a-0000-4000-8000-00000000dead`;
		agent.model.script({ when: message, steps: [{ tool: 'Get_client', args: { clientId: '9d4f0e9a-0000-4000-8000-00000000dead' } }], answer: ([result]) => sayResult(result) });

		const answer = await ask(key, message);
		expectRunSucceeded(answer);
		const { results, problems } = conversation(message);
		expect(problems).toEqual([]);
		expect(results).toEqual([
			[
				{
					error: 'Client not found',
					code: 'not_found',
					httpCode: '404',
					whatToDo: expect.stringContaining('Find the record first'),
				},
			],
		]);
		expect(answer.text).toBe(`Copilot said: Client not found (HTTP 404). ${results[0][0].whatToDo}`);
		ctx.summary.checks++;
	});

	test('a refused write comes back as Copilot’s reason, and the model recovers: it looks the client up and creates the task once', async () => {
		const client = agent.fake.demo.clients[4];
		const message = `create a welcome task for ${client.givenName} (${client.email}), whose ID I think is ${client.givenName.toLowerCase()}-1`;
		const taskName = `Welcome, ${client.givenName} (n8n ${ctx.version})`;
		agent.model.script({
			when: message,
			steps: [
				{ tool: 'Create_task', args: { name: taskName, clientId: `${client.givenName.toLowerCase()}-1` } },
				{ tool: 'Find_client_by_email', args: { email: client.email } },
				{ tool: 'Create_task', args: ([, found]) => ({ name: taskName, clientId: listIn(found)[0]?.id }) },
			],
			answer: (results) => sayResult(results.at(-1)),
		});
		agent.fake.clearRequests();

		const answer = await ask('agent', message);
		expectRunSucceeded(answer);
		const { results, problems } = conversation(message);
		expect(problems).toEqual([]);
		expect(results[0]).toEqual([
			{ error: 'clientId does not match any client', code: 'parameter_invalid', httpCode: '400', whatToDo: expect.stringContaining('correct the arguments') },
		]);
		const creates = agent.fake.requests.filter((request) => request.method === 'POST' && request.path === '/v1/tasks');
		expect(creates.map((request) => request.status)).toEqual([400, 200]);
		expect(agent.fake.store.list('task').filter((task) => task.name === taskName)).toEqual([expect.objectContaining({ clientId: client.id })]);
		expect(answer.text).toMatch(/^Created the task/);
		ctx.summary.checks++;
	});

	test('500 clients: List clients hands the model its Limit (50) from one request under the rate limit', async () => {
		const company = agent.fake.store.add('company', { name: `Five hundred clients ${ctx.version}`, isPlaceholder: false });
		agent.fake.seedClients(500, { companyId: company.id });
		const total = agent.fake.store.list('client').length;
		const message = 'list our clients';
		agent.model.script({ when: message, steps: [{ tool: 'List_clients' }], answer: ([listed]) => `I got ${listIn(listed).length} clients` });
		agent.fake.clearRequests();

		const answer = await ask('agent', message);
		expectRunSucceeded(answer);
		const { calls, results, problems } = conversation(message);
		expect(problems).toEqual([]);
		expect(calls).toEqual([expect.objectContaining({ name: 'List_clients', arguments: {} })]);
		expect(results[0]).toHaveLength(50);
		expect(agent.fake.requests.map(({ path, query, status }) => [path, query.limit, status])).toEqual([['/v1/clients', '50', 200]]);
		expect(answer.text).toBe('I got 50 clients');
		const toolMessage = agent.model.requestsFor(message).at(-1).body.messages.find((entry) => entry.role === 'tool');
		ctx.summary.n8nAnswers.push(
			`AI Agent, List clients over ${total} clients: 1 request, 50 records, ${Math.round(toolMessage.content.length / 1024)} KiB handed to the model`,
		);
		ctx.summary.checks++;
	});

	test('a rate limit that outlasts the tool’s wait comes back to the model as text after about 15 s, and the run succeeds', async () => {
		const client = agent.fake.demo.clients[5];
		const message = `look up ${client.email} while Copilot is rate limiting`;
		agent.model.script({ when: message, steps: [{ tool: 'Find_client_by_email', args: { email: client.email } }], answer: ([result]) => sayResult(result) });
		agent.fake.clearRequests();
		agent.fake.failNext({ status: 429, method: 'GET', path: '/v1/clients', count: 1000 });

		const started = Date.now();
		const answer = await ask('agent', message);
		const seconds = (Date.now() - started) / 1000;
		expectRunSucceeded(answer);
		const { results } = conversation(message);
		expect(results).toEqual([
			[{ error: expect.stringContaining('Rate limit exceeded'), code: 'rate_limit_exceeded', httpCode: '429', whatToDo: expect.stringContaining('Do not call again now') }],
		]);
		const attempts = agent.fake.requests.filter((request) => request.path === '/v1/clients');
		expect(attempts.every((request) => request.status === 429)).toBe(true);
		// Copilot's window is a second: the tool never asks again sooner, and gives up within its wait.
		const gaps = attempts.slice(1).map((request, i) => request.at - attempts[i].at);
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(950);
		const { TOOL_MAX_WAIT_MS } = require('../../dist/nodes/Copilot/actions/tool/runsAsTool');
		expect(attempts.at(-1).at - attempts[0].at).toBeLessThanOrEqual(TOOL_MAX_WAIT_MS + 5_000);
		expect(answer.text).toMatch(/^Copilot said: Rate limit exceeded/);
		ctx.summary.n8nAnswers.push(`AI Agent, a lasting 429: the model told after ${seconds.toFixed(1)} s and ${attempts.length} requests, 1 s apart at least`);
		ctx.summary.checks++;
	}, 90_000);

	test('no Copilot API key in anything the model was sent', () => {
		expect(agent.model.requests.length).toBeGreaterThan(5);
		expect(JSON.stringify(agent.model.requests)).not.toContain(FAKE_API_KEY);
		expect(agent.model.requests.every((request) => request.authorization === `Bearer ${MODEL_API_KEY}`)).toBe(true);
		ctx.summary.checks++;
	});
}

module.exports = { registerAgentTests };
