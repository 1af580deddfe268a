// The workflows part 3 of `npm run bench` compares: the Copilot node against what a user builds
// without it (n8n's HTTP Request node, with its own pagination or batching, and a Split Out).
const { chain, copilotNode, copilotTriggerNode, splitOutNode } = require('../lib/n8n/workflow-nodes');

const SECRET = 'bench-action-signing-secret';
const PAGE_SIZE = 100;

const WEBHOOK_IDS = {
	copilotList: 'be4c0000-0000-4000-8000-0000000000a1',
	httpList: 'be4c0000-0000-4000-8000-0000000000a2',
	copilotListLimited: 'be4c0000-0000-4000-8000-0000000000a3',
	httpListLimited: 'be4c0000-0000-4000-8000-0000000000a4',
	httpListPaced: 'be4c0000-0000-4000-8000-0000000000a5',
	copilotCreate: 'be4c0000-0000-4000-8000-0000000000a6',
	httpCreate: 'be4c0000-0000-4000-8000-0000000000a7',
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
function trigger(key, credential) {
	return copilotTriggerNode({ webhookId: WEBHOOK_IDS[key], credential, options: { respond: 'whenWorkflowFinishes' } });
}

/** Copilot node: every client. */
function copilotList(key, credential) {
	return chain(`bench: Copilot node, Get Many clients (${key})`, [
		trigger(key, credential),
		copilotNode({ name: 'List', credential, parameters: { resource: 'client', operation: 'getAll', returnAll: true, filters: {} } }),
	]);
}

/** HTTP Request following nextToken itself (optionally waiting between pages), then Split Out. */
function httpList(key, { credential, apiKey, baseUrl, requestInterval = 0 }) {
	return chain(`bench: HTTP Request with pagination + Split Out (${key})`, [
		trigger(key, credential),
		httpRequestNode({
			name: 'List',
			method: 'GET',
			url: `${baseUrl}/v1/clients`,
			apiKey,
			query: [{ name: 'limit', value: String(PAGE_SIZE) }],
			options: {
				pagination: {
					pagination: {
						parameters: { parameters: [{ type: 'qs', name: 'nextToken', value: '={{ $response.body.nextToken }}' }] },
						paginationCompleteWhen: 'other',
						completeExpression: '={{ !$response.body.nextToken }}',
						limitPagesFetched: false,
						requestInterval,
					},
				},
			},
		}),
		splitOutNode({ name: 'Split Out', field: 'data' }),
	]);
}

function actionWorkflows({ listCredential, limitedCredential, apiKey, listUrl, limitedUrl }) {
	const creates = (key, node) =>
		chain(`bench: create clients (${key})`, [
			trigger(key, limitedCredential),
			splitOutNode({ name: 'One item per client', field: 'data.clients' }),
			node,
		]);
	return {
		copilotList: copilotList('copilotList', listCredential),
		httpList: httpList('httpList', { credential: listCredential, apiKey, baseUrl: listUrl }),
		copilotListLimited: copilotList('copilotListLimited', limitedCredential),
		httpListLimited: httpList('httpListLimited', { credential: limitedCredential, apiKey, baseUrl: limitedUrl }),
		// What a user must add to stay under 20 requests a second: 50 ms between pages.
		httpListPaced: httpList('httpListPaced', { credential: limitedCredential, apiKey, baseUrl: limitedUrl, requestInterval: 50 }),
		copilotCreate: creates(
			'copilotCreate',
			copilotNode({
				name: 'Create',
				credential: limitedCredential,
				parameters: {
					resource: 'client',
					operation: 'create',
					givenName: '={{ $json.givenName }}',
					familyName: '={{ $json.familyName }}',
					email: '={{ $json.email }}',
					additionalFields: {},
				},
			}),
		),
		httpCreate: creates(
			'httpCreate',
			httpRequestNode({
				name: 'Create',
				method: 'POST',
				url: `${limitedUrl}/v1/clients`,
				apiKey,
				body: '={{ JSON.stringify({ givenName: $json.givenName, familyName: $json.familyName, email: $json.email }) }}',
				// What the HTTP Request node offers against a rate limit: batches.
				options: { batching: { batch: { batchSize: 20, batchInterval: 1000 } } },
			}),
		),
	};
}

module.exports = { PAGE_SIZE, SECRET, WEBHOOK_IDS, actionWorkflows };
