// Our nodes, and the built-in ones our workflows use, as they stand in a workflow: one definition
// for the e2e tests, the examples' checks and the benchmarks.

function credentialsOf(credential) {
	return { copilotApi: { id: credential.id, name: credential.name } };
}

/** The Copilot Trigger; version 1.1 unless asked, as the editor adds it to new workflows. */
function copilotTriggerNode({ webhookId, events = ['*'], options = {}, credential, name = 'Copilot Trigger', typeVersion = 1.1 }) {
	return {
		parameters: { events, options },
		name,
		type: 'n8n-nodes-copilot.copilotTrigger',
		typeVersion,
		position: [0, 0],
		webhookId,
		credentials: credentialsOf(credential),
	};
}

/** The Copilot action node; `onError: 'continueRegularOutput'` is n8n's "On Error: Continue". */
function copilotNode({ name, parameters, credential, position = [300, 0], onError }) {
	return {
		parameters,
		name,
		type: 'n8n-nodes-copilot.copilot',
		typeVersion: 1,
		position,
		credentials: credentialsOf(credential),
		...(onError ? { onError } : {}),
	};
}

/** A resource locator given by ID, as the editor saves one (the value may be an expression). */
function byId(value) {
	return { __rl: true, mode: 'id', value };
}

/** n8n's Split Out node: one item per element of the array at `field`. */
function splitOutNode({ name, field, position = [300, 0] }) {
	return {
		parameters: { fieldToSplitOut: field, options: {} },
		name,
		type: 'n8n-nodes-base.splitOut',
		typeVersion: 1,
		position,
	};
}

/**
 * n8n's Extract From File node turning a binary field into a base64 property of the same name (n8n
 * spells the operation "binaryToPropery"): how a test reads a binary output over n8n's API on both
 * n8n lines, whatever binary data mode n8n runs in.
 */
function extractBase64Node({ name, field, position = [600, 0] }) {
	return {
		parameters: { operation: 'binaryToPropery', binaryPropertyName: field, destinationKey: field, options: {} },
		name,
		type: 'n8n-nodes-base.extractFromFile',
		typeVersion: 1,
		position,
	};
}

/**
 * n8n's Remove Duplicates node (v2) keeping only items whose `value` it has not seen in earlier
 * executions of the workflow: the recipe that makes Copilot's redeliveries run once.
 */
function removeDuplicatesNode({ name = 'Skip redeliveries', value = '={{ $json.eventFingerprint }}', historySize = 10000, position = [300, 0] } = {}) {
	return {
		parameters: { operation: 'removeItemsSeenInPreviousExecutions', dedupeValue: value, options: { scope: 'workflow', historySize } },
		name,
		type: 'n8n-nodes-base.removeDuplicates',
		typeVersion: 2,
		position,
	};
}

/** A workflow whose nodes run one after the other, in the order given. */
function chain(name, nodes) {
	const connections = {};
	for (let i = 0; i + 1 < nodes.length; i++) {
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	}
	return { name, nodes: nodes.map((node, i) => ({ ...node, position: [i * 250, 0] })), connections };
}

module.exports = { byId, chain, copilotNode, copilotTriggerNode, extractBase64Node, removeDuplicatesNode, splitOutNode };
