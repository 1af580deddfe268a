// Copilot for any MCP client, through the user's own n8n: the Copilot Tools of examples/copilot-agent.json
// behind n8n's MCP Server Trigger (bearer token), reached with the official MCP client library
// (@modelcontextprotocol/sdk) over Streamable HTTP, against the fake Copilot API.
const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
const { StreamableHTTPClientTransport } = require('@modelcontextprotocol/sdk/client/streamableHttp.js');

const { startFakeCopilotApi } = require('../fake-copilot-api');
const { fromAiParameters, isCopilotTool, mcpWorkflow, readExample } = require('./agent-workflows');
const { SECRET } = require('./context');

const FAKE_API_KEY = 'e2e-mcp-copilot-key-2b7f60';
const MCP_TOKEN = 'e2e-mcp-bearer-token-81c3aa';
const toolName = (node) => node.name.replace(/[^a-zA-Z0-9_-]+/g, '_');

/** A tool result's text as an MCP client's model reads it: its JSON, or the text when it is not JSON. */
function jsonOf(result) {
	const text = result.content.map((part) => part.text).join('');
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

function registerMcpTests(ctx) {
	const mcp = {};
	const example = readExample();

	/** A connected MCP client; `token` undefined connects without the Authorization header. */
	async function connectClient(token = MCP_TOKEN) {
		const client = new Client({ name: 'n8n-nodes-copilot e2e', version: '1.0.0' });
		const transport = new StreamableHTTPClientTransport(new URL(mcp.url), {
			requestInit: token ? { headers: { authorization: `Bearer ${token}` } } : {},
		});
		await client.connect(transport);
		return client;
	}

	beforeAll(async () => {
		mcp.fake = await startFakeCopilotApi({ apiKey: FAKE_API_KEY, seed: 'demo' });
		ctx.extraSecrets.push(FAKE_API_KEY, MCP_TOKEN);
		const copilotCredential = await ctx.client.createCopilotCredential('Copilot (fake API, MCP)', {
			apiKey: FAKE_API_KEY,
			webhookSigningSecret: SECRET,
			baseUrl: mcp.fake.url,
		});
		const bearerCredential = await ctx.client.createCredential('MCP clients of Copilot', 'httpBearerAuth', { token: MCP_TOKEN });
		const workflow = mcpWorkflow({
			copilotCredential,
			bearerCredential,
			path: 'copilot',
			webhookId: '0e2e0000-0000-4000-8000-000000000071',
			// The newest MCP Server Trigger each n8n line offers; both speak Streamable HTTP.
			triggerVersion: ctx.version.startsWith('1.') ? 2 : 2.1,
		});
		const created = await ctx.client.createWorkflow(workflow);
		await ctx.client.activate(created.id);
		mcp.workflowId = created.id;
		mcp.url = `${ctx.n8n.baseUrl}/mcp/copilot`;
		// n8n registers the trigger's webhooks a moment after activation returns.
		const deadline = Date.now() + 30_000;
		for (;;) {
			try {
				mcp.client = await connectClient();
				break;
			} catch (error) {
				if (Date.now() > deadline) throw error;
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
		}
	}, 120_000);

	afterAll(async () => {
		await mcp.client?.close();
		await mcp.fake?.stop();
	});

	test('MCP: the Copilot Tools are listed with their descriptions and the $fromAI parameters as input schemas, without safety hints', async () => {
		const { tools } = await mcp.client.listTools();
		const exampleTools = example.nodes.filter(isCopilotTool);
		expect(tools.map((tool) => tool.name).sort()).toEqual(exampleTools.map(toolName).sort());
		for (const node of exampleTools) {
			const tool = tools.find((candidate) => candidate.name === toolName(node));
			expect(tool.description.length).toBeGreaterThan(15);
			// n8n's MCP Server Trigger sends no safety hints (readOnlyHint, destructiveHint): the README says so.
			expect(Object.keys(tool).sort()).toEqual(expect.not.arrayContaining(['annotations']));
			const declared = fromAiParameters(node);
			expect(Object.keys(tool.inputSchema.properties ?? {}).sort()).toEqual([...new Set(declared.map((parameter) => parameter.key))].sort());
			for (const parameter of declared) {
				expect(tool.inputSchema.properties[parameter.key]).toEqual({ type: parameter.type, description: parameter.description });
			}
		}
		ctx.summary.checks++;
	});

	test('MCP: a read (Find client by email) and a write (Create task) run against Copilot; an unknown ID answers what to do', async () => {
		const client = mcp.fake.demo.clients[1];
		mcp.fake.clearRequests();
		const found = await mcp.client.callTool({ name: 'Find_client_by_email', arguments: { email: client.email } });
		expect(jsonOf(found)).toEqual([expect.objectContaining({ id: client.id, email: client.email })]);

		const name = `Sign the engagement letter (MCP, n8n ${ctx.version})`;
		const created = await mcp.client.callTool({ name: 'Create_task', arguments: { name, clientId: client.id } });
		const tasks = mcp.fake.store.list('task').filter((task) => task.name === name);
		expect(tasks).toEqual([expect.objectContaining({ clientId: client.id, status: 'todo' })]);
		expect(jsonOf(created)).toEqual([expect.objectContaining({ id: tasks[0].id, name })]);
		expect(mcp.fake.requests.map(({ method, path }) => `${method} ${path}`)).toEqual(['GET /v1/clients', 'POST /v1/tasks']);

		const unknown = await mcp.client.callTool({ name: 'Get_client', arguments: { clientId: '9d4f0e9a-0000-4000-8000-00000000beef' } });
		expect(jsonOf(unknown)).toEqual([{ error: 'Client not found', code: 'not_found', httpCode: '404', whatToDo: expect.stringContaining('Find the record first') }]);
		expect(JSON.stringify([found, created, unknown])).not.toContain(FAKE_API_KEY);
		ctx.summary.checks++;
	});

	test('MCP: a client without the bearer token is refused', async () => {
		for (const token of [null, 'wrong-token']) {
			const refused = await connectClient(token).then(
				(client) => client.close().then(() => new Error('connected')),
				(error) => error,
			);
			expect({ token, refused: [401, 403].includes(refused.code), message: refused.message }).toEqual({
				token,
				refused: true,
				message: expect.stringMatching(/authorization/i),
			});
		}
		ctx.summary.checks++;
	});
}

module.exports = { registerMcpTests };
