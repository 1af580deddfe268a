// The workflows part 3 of `npm run bench` compares: the Copilot node against what a user builds
// without it (n8n's HTTP Request node, with its own pagination or batching, and a Split Out).
const { chain, copilotNode, copilotTriggerNode, splitOutNode } = require('../lib/n8n/workflow-nodes');

const SECRET = 'bench-action-signing-secret';
const PAGE_SIZE = 100;

const WEBHOOK_IDS = {
	copilotList: 'be4c0000-0000-4000-8000-0000000000a1',
	httpList: 'be4c0000-0000-4000-8000-0000000000a2',
	copilotCreate: 'be4c0000-0000-4000-8000-0000000000a3',
	httpCreate: 'be4c0000-0000-4000-8000-0000000000a4',
};

function httpRequestNode({ name, method, url, apiKey, query = [], body, options = {} }) {
	return {
		parameters: {
			method,
			url,
			sendQuery: query.length > 0,
			queryParameters: { parameters: query },
			sendHeaders: true,
			headerParameters: { parameters: [{ name: 'X-API-KEY', value: apiKey }] },
			...(body ? { sendBody: true, specifyBody: 'json', jsonBody: body } : {}),
			options,
		},
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position: [0, 0],
	};
}

/** The trigger every bench workflow starts from, answering once the run is over. */
function trigger(webhookId, credential) {
	return copilotTriggerNode({ webhookId, credential, options: { respond: 'whenWorkflowFinishes' } });
}

function actionWorkflows({ listCredential, createCredential, apiKey, listUrl, createUrl }) {
	return {
		copilotList: chain('bench: Copilot node, Get Many clients (Return All)', [
			trigger(WEBHOOK_IDS.copilotList, listCredential),
			copilotNode({
				name: 'List',
				credential: listCredential,
				parameters: { resource: 'client', operation: 'getAll', returnAll: true, filters: {} },
			}),
		]),
		httpList: chain('bench: HTTP Request with pagination + Split Out', [
			trigger(WEBHOOK_IDS.httpList, listCredential),
			httpRequestNode({
				name: 'List',
				method: 'GET',
				url: `${listUrl}/v1/clients`,
				apiKey,
				query: [{ name: 'limit', value: String(PAGE_SIZE) }],
				options: {
					pagination: {
						pagination: {
							parameters: { parameters: [{ type: 'qs', name: 'nextToken', value: '={{ $response.body.nextToken }}' }] },
							paginationCompleteWhen: 'other',
							completeExpression: '={{ !$response.body.nextToken }}',
							limitPagesFetched: false,
						},
					},
				},
			}),
			splitOutNode({ name: 'Split Out', field: 'data' }),
		]),
		copilotCreate: chain('bench: Copilot node, create clients', [
			trigger(WEBHOOK_IDS.copilotCreate, createCredential),
			splitOutNode({ name: 'One item per client', field: 'data.clients' }),
			copilotNode({
				name: 'Create',
				credential: createCredential,
				parameters: {
					resource: 'client',
					operation: 'create',
					givenName: '={{ $json.givenName }}',
					familyName: '={{ $json.familyName }}',
					email: '={{ $json.email }}',
					additionalFields: {},
				},
			}),
		]),
		httpCreate: chain('bench: HTTP Request, batches of 20 a second', [
			trigger(WEBHOOK_IDS.httpCreate, createCredential),
			splitOutNode({ name: 'One item per client', field: 'data.clients' }),
			httpRequestNode({
				name: 'Create',
				method: 'POST',
				url: `${createUrl}/v1/clients`,
				apiKey,
				body: '={{ JSON.stringify({ givenName: $json.givenName, familyName: $json.familyName, email: $json.email }) }}',
				// What the HTTP Request node offers against a rate limit: batches, and retries.
				options: { batching: { batch: { batchSize: 20, batchInterval: 1000 } } },
			}),
		]),
	};
}

module.exports = { PAGE_SIZE, SECRET, WEBHOOK_IDS, actionWorkflows };
