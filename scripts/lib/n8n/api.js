// Drives a running n8n headless through its owner set-up and public API: the same calls on 1.x and 2.x.

const OWNER = { email: 'owner@example.com', firstName: 'Copilot', lastName: 'Tester', password: 'Copilot-Trigger-1' };

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

const JSON_HEADERS = { 'content-type': 'application/json' };

async function call(url, init = {}, expected = [200]) {
	const response = await fetch(url, init);
	const text = await response.text();
	if (!expected.includes(response.status)) {
		throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}: ${text.slice(0, 500)}`);
	}
	return { response, body: text ? JSON.parse(text) : undefined };
}

/** Sets up the owner account and an API key; returns a client for n8n's public API. */
async function connect(baseUrl) {
	const setup = await call(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: JSON_HEADERS,
		body: JSON.stringify(OWNER),
	});
	const cookie = setup.response.headers
		.getSetCookie()
		.map((entry) => entry.split(';')[0])
		.join('; ');
	return connectWithSession(baseUrl, { cookie });
}

/**
 * A client for n8n's public API from a signed-in session: the cookie, and for a session the editor
 * opened in a browser, its browser id (n8n ties such a session to it; the editor keeps it in
 * localStorage under n8n-browserId).
 */
async function connectWithSession(baseUrl, { cookie, browserId }) {
	const key = await call(`${baseUrl}/rest/api-keys`, {
		method: 'POST',
		headers: { ...JSON_HEADERS, cookie, ...(browserId ? { 'browser-id': browserId } : {}) },
		body: JSON.stringify({ label: `copilot-tests-${Date.now()}`, expiresAt: null, scopes: API_KEY_SCOPES }),
	});
	return new N8nClient(baseUrl, key.body.data.rawApiKey, cookie);
}

class N8nClient {
	constructor(baseUrl, apiKey, cookie) {
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
		this.cookie = cookie;
	}

	async api(path, init = {}, expected) {
		const headers = { ...JSON_HEADERS, 'X-N8N-API-KEY': this.apiKey };
		const { body } = await call(`${this.baseUrl}/api/v1${path}`, { ...init, headers }, expected);
		return body;
	}

	/** n8n's internal REST API, as the editor calls it, with the owner's session cookie. */
	async rest(path, init = {}, expected) {
		const headers = { ...JSON_HEADERS, cookie: this.cookie };
		const { body } = await call(`${this.baseUrl}/rest${path}`, { ...init, headers }, expected);
		return body?.data;
	}

	/**
	 * What the editor's "Execute step" on a trigger does: n8n registers the trigger's Test URL
	 * (/webhook-test/...) for one event. n8n 1.x takes the workflow in the body; 2.x reads the saved one.
	 * Answers `{ waitingForWebhook: true }` while it listens.
	 */
	async listenForTestEvent(workflowId, triggerName, version) {
		const body = { triggerToStartFrom: { name: triggerName } };
		if (version.startsWith('1.')) body.workflowData = await this.rest(`/workflows/${workflowId}`);
		return this.rest(`/workflows/${workflowId}/run`, { method: 'POST', body: JSON.stringify(body) });
	}

	createCredential(name, type, data) {
		return this.api('/credentials', { method: 'POST', body: JSON.stringify({ name, type, data }) });
	}

	/**
	 * A Copilot API credential, accepted by the public API of 1.x and 2.x alike; with `keyKind:
	 * 'customApp'` and `workspaceId` for a custom app's key. 1.x checks the data against a schema made
	 * from the credential's fields and their display rules, so the kind is always sent, and the
	 * workspace only with the kind whose form shows it.
	 */
	createCopilotCredential(name, { apiKey, webhookSigningSecret = '', baseUrl = 'https://api.assembly.com', keyKind = 'workspace', workspaceId }) {
		return this.createCredential(name, 'copilotApi', {
			keyKind,
			...(keyKind === 'customApp' ? { workspaceId } : {}),
			apiKey,
			webhookSigningSecret,
			baseUrl,
			// n8n adds this field to every credential; without it 1.x's API schema demands allowedDomains.
			allowedHttpRequestDomains: 'all',
		});
	}

	/**
	 * Changes a Copilot API credential's data as the editor saves it (n8n's REST API: 1.x's public API
	 * cannot update a credential). Answers the credential without its data.
	 */
	updateCopilotCredential(credential, { apiKey, webhookSigningSecret, baseUrl = 'https://api.assembly.com' }) {
		const data = { apiKey, webhookSigningSecret, baseUrl, allowedHttpRequestDomains: 'all' };
		return this.rest(`/credentials/${credential.id}`, {
			method: 'PATCH',
			body: JSON.stringify({ name: credential.name, type: 'copilotApi', data }),
		});
	}

	createWorkflow({ name, nodes, connections, settings = { executionOrder: 'v1' } }) {
		return this.api('/workflows', { method: 'POST', body: JSON.stringify({ name, nodes, connections, settings }) });
	}

	activate(workflowId) {
		return this.api(`/workflows/${workflowId}/activate`, { method: 'POST' });
	}

	deactivate(workflowId) {
		return this.api(`/workflows/${workflowId}/deactivate`, { method: 'POST' });
	}

	/** All executions of a workflow, newest first; `includeData: false` for status and times only. */
	async executions(workflowId, { includeData = true } = {}) {
		const all = [];
		let cursor;
		do {
			const query = new URLSearchParams({ workflowId, includeData: String(includeData), limit: '250' });
			if (cursor) query.set('cursor', cursor);
			const page = await this.api(`/executions?${query}`);
			all.push(...page.data);
			cursor = page.nextCursor;
		} while (cursor);
		return all;
	}
}

/** The items a node produced in one execution, as the public API reports them. */
function nodeItems(execution, nodeName) {
	const runs = execution.data?.resultData?.runData?.[nodeName];
	return runs?.[0]?.data?.main?.[0]?.map((item) => item.json);
}

/**
 * Polls a webhook URL with an unsigned probe (which the trigger refuses without running anything)
 * until it is registered (anything but 404) or, with `registered: false`, until it is gone (404):
 * n8n adds and removes webhooks a moment after activation and deactivation return.
 */
async function waitForWebhook(url, { registered = true, timeoutMs = 30_000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const response = await fetch(url, { method: 'POST', body: '{}', headers: { 'content-type': 'text/plain' } });
		await response.arrayBuffer();
		if ((response.status !== 404) === registered) return response.status;
		if (Date.now() > deadline) {
			throw new Error(`${url} still ${registered ? 'answers 404' : 'is registered'} after ${timeoutMs} ms`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

module.exports = { connect, connectWithSession, N8nClient, nodeItems, waitForWebhook };
