// The workflows the end-to-end suite publishes: a Copilot Trigger handing its items to the sink.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { copilotTriggerNode } = require('../../scripts/lib/n8n/workflow-nodes');

function postToSink(url) {
	return {
		parameters: {
			method: 'POST',
			url,
			sendBody: true,
			specifyBody: 'json',
			jsonBody: '={{ JSON.stringify($json) }}',
			options: {},
		},
		name: 'Hand to test',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position: [300, 0],
	};
}

/** Copilot Trigger → HTTP Request that posts each item to `sinkUrl`. */
function triggerToSink({ name, sinkUrl, ...trigger }) {
	return {
		name,
		nodes: [copilotTriggerNode(trigger), postToSink(sinkUrl)],
		connections: { 'Copilot Trigger': { main: [[{ node: 'Hand to test', type: 'main', index: 0 }]] } },
	};
}

/** The README's example workflow, with a credential attached as a user would. */
function exampleWorkflow(credential) {
	const example = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'copilot-branching.json'), 'utf8'));
	const nodes = example.nodes.map((node) =>
		node.type.endsWith('.copilotTrigger')
			? { ...node, credentials: { copilotApi: { id: credential.id, name: credential.name } } }
			: node,
	);
	return { name: example.name, nodes, connections: example.connections, webhookId: nodes[0].webhookId };
}

module.exports = { exampleWorkflow, triggerToSink };
