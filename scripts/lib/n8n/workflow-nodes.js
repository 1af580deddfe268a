// The Copilot Trigger as it stands in a workflow: one definition for the e2e tests and benchmarks.

function copilotTriggerNode({ webhookId, events = ['*'], options = {}, credential, name = 'Copilot Trigger' }) {
	return {
		parameters: { events, options },
		name,
		type: 'n8n-nodes-copilot.copilotTrigger',
		typeVersion: 1,
		position: [0, 0],
		webhookId,
		credentials: { copilotApi: { id: credential.id, name: credential.name } },
	};
}

module.exports = { copilotTriggerNode };
