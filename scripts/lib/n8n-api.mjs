// Drives a running n8n headless through its owner set-up and public API, the same calls on 1.x and 2.x.

const OWNER = {
	email: 'owner@example.com',
	firstName: 'Copilot',
	lastName: 'Tester',
	password: 'Copilot-Trigger-1',
};

const API_KEY_SCOPES = [
	'workflow:create',
	'workflow:read',
	'workflow:update',
	'workflow:delete',
	'workflow:list',
	'workflow:activate',
	'workflow:deactivate',
	'execution:read',
	'execution:list',
	'credential:create',
	'credential:delete',
];

async function call(url, init, expected = [200]) {
	const response = await fetch(url, init);
	const text = await response.text();
	if (!expected.includes(response.status)) {
		throw new Error(`${init?.method ?? 'GET'} ${url} answered ${response.status}: ${text.slice(0, 500)}`);
	}
	return { response, body: text ? JSON.parse(text) : undefined };
}

/** Creates the owner and an API key; returns a client for the public API. */
export async function connect(baseUrl) {
	const json = { 'content-type': 'application/json' };
	const setup = await call(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: json,
		body: JSON.stringify(OWNER),
	});
	const cookie = setup.response.headers
		.getSetCookie()
		.map((entry) => entry.split(';')[0])
		.join('; ');
	const key = await call(`${baseUrl}/rest/api-keys`, {
		method: 'POST',
		headers: { ...json, cookie },
		body: JSON.stringify({ label: 'copilot-tests', expiresAt: null, scopes: API_KEY_SCOPES }),
	});
	const apiKey = key.body.data.rawApiKey;
	const api = (path, init = {}, expected) =>
		call(
			`${baseUrl}/api/v1${path}`,
			{ ...init, headers: { ...json, 'X-N8N-API-KEY': apiKey, ...(init.headers ?? {}) } },
			expected,
		).then(({ body }) => body);
	return new N8nClient(api);
}

export class N8nClient {
	constructor(api) {
		this.api = api;
	}

	createCredential(name, type, data) {
		return this.api('/credentials', { method: 'POST', body: JSON.stringify({ name, type, data }) });
	}

	createWorkflow(workflow) {
		const { name, nodes, connections, settings = { executionOrder: 'v1' } } = workflow;
		return this.api('/workflows', {
			method: 'POST',
			body: JSON.stringify({ name, nodes, connections, settings }),
		});
	}

	activate(workflowId) {
		return this.api(`/workflows/${workflowId}/activate`, { method: 'POST' });
	}

	deactivate(workflowId) {
		return this.api(`/workflows/${workflowId}/deactivate`, { method: 'POST' });
	}

	async executions(workflowId) {
		const all = [];
		let cursor;
		do {
			const query = new URLSearchParams({ workflowId, includeData: 'true', limit: '250' });
			if (cursor) query.set('cursor', cursor);
			const page = await this.api(`/executions?${query}`);
			all.push(...page.data);
			cursor = page.nextCursor;
		} while (cursor);
		return all;
	}
}

/** The items a node produced in one execution, as the public API reports them. */
export function nodeItems(execution, nodeName) {
	const runs = execution.data?.resultData?.runData?.[nodeName];
	return runs?.[0]?.data?.main?.[0]?.map((item) => item.json);
}
