// Workflows for the AI Agent and MCP end-to-end tests, all made from examples/copilot-agent.json so
// that the example a user imports is the one proven: as it is (AI Agent 3), answering as a stream,
// with AI Agent 2.2 (whose tools n8n runs through LangChain rather than as workflow nodes), and its
// Copilot Tools behind n8n's MCP Server Trigger.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const EXAMPLE_FILE = join(__dirname, '..', '..', 'examples', 'copilot-agent.json');

function readExample() {
	return JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8'));
}

const isCopilotTool = (node) => node.type === 'n8n-nodes-copilot.copilotTool';

/** The example's Copilot Tool nodes, with the credential of the fake Copilot API. */
function copilotTools(example, copilotCredential) {
	return example.nodes
		.filter(isCopilotTool)
		.map((node) => ({ ...node, credentials: { copilotApi: { id: copilotCredential.id, name: copilotCredential.name } } }));
}

/**
 * The example with the given credentials, at its own webhook path. `agentVersion` replaces the AI
 * Agent's typeVersion; `streaming` makes the Webhook answer with the agent's stream.
 */
function agentWorkflow({ copilotCredential, modelCredential, path, webhookId, agentVersion, streaming = false }) {
	const example = readExample();
	const tools = new Map(copilotTools(example, copilotCredential).map((node) => [node.name, node]));
	const nodes = example.nodes.map((node) => {
		if (tools.has(node.name)) return tools.get(node.name);
		if (node.type === '@n8n/n8n-nodes-langchain.lmChatOpenAi') {
			return { ...node, credentials: { openAiApi: { id: modelCredential.id, name: modelCredential.name } } };
		}
		if (node.type === '@n8n/n8n-nodes-langchain.agent') return { ...node, typeVersion: agentVersion ?? node.typeVersion };
		if (node.type === 'n8n-nodes-base.webhook') {
			return { ...node, webhookId, parameters: { ...node.parameters, path, ...(streaming ? { responseMode: 'streaming' } : {}) } };
		}
		return node;
	});
	const agent = nodes.find((node) => node.type === '@n8n/n8n-nodes-langchain.agent');
	return { name: `${example.name} (${path}, AI Agent ${agent.typeVersion})`, nodes, connections: example.connections, settings: example.settings };
}

/** The example's Copilot Tools connected to n8n's MCP Server Trigger at /mcp/<path>, behind a bearer token. */
function mcpWorkflow({ copilotCredential, bearerCredential, path, webhookId, triggerVersion = 2 }) {
	const example = readExample();
	const trigger = {
		parameters: { authentication: 'bearerAuth', path },
		name: 'Copilot MCP Server',
		type: '@n8n/n8n-nodes-langchain.mcpTrigger',
		typeVersion: triggerVersion,
		position: [250, 0],
		webhookId,
		credentials: { httpBearerAuth: { id: bearerCredential.id, name: bearerCredential.name } },
	};
	const tools = copilotTools(example, copilotCredential);
	const connections = Object.fromEntries(
		tools.map((tool) => [tool.name, { ai_tool: [[{ node: trigger.name, type: 'ai_tool', index: 0 }]] }]),
	);
	return { name: `Copilot for any MCP client (${path})`, nodes: [trigger, ...tools], connections, settings: example.settings };
}

/** Every `$fromAI(key, description, type)` in a node's parameters, as n8n reads them for the tool's schema. */
function fromAiParameters(node) {
	const found = [];
	const pattern = /\$fromAI\(\s*'([^']+)'\s*,\s*'([^']*)'\s*,\s*'([^']+)'/g;
	for (const match of JSON.stringify(node.parameters).matchAll(pattern)) {
		found.push({ key: match[1], description: match[2], type: match[3] });
	}
	return found;
}

module.exports = { agentWorkflow, copilotTools, fromAiParameters, isCopilotTool, mcpWorkflow, readExample };
