import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { WebhookContext } from 'n8n-core';
import {
	Workflow,
	type ICredentialsHelper,
	type IDataObject,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeTypes,
	type IWebhookData,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { CopilotAppTrigger } from '../../nodes/CopilotAppTrigger/CopilotAppTrigger.node';
import { authenticate } from './credentialAuth';

export interface AppSetup {
	/** What the Copilot API credential holds. */
	credentials: IDataObject;
	include?: string[];
	options?: IDataObject;
	/** n8n's execution mode: 'webhook' for the Production URL (the default), 'manual' while a test listens. */
	mode?: 'webhook' | 'manual';
	/** What the workflow makes of the item: the page n8n answers (the last node's html field). */
	page?: (item: IDataObject) => string;
}

export interface AppAnswer {
	status: number;
	headers: Headers;
	body: string;
	/** The items of the execution the request started, or undefined when it started none. */
	items: IDataObject[] | undefined;
	/** What the node threw, which n8n shows in the editor (and answers with its own 500). */
	thrown?: Error;
}

/** A URL query or form body as n8n's parsers hand it over: a repeated name gives an array. */
function fieldsOf(text: string): IDataObject {
	const fields: IDataObject = {};
	for (const [name, value] of new URLSearchParams(text)) {
		const earlier = fields[name];
		fields[name] = earlier === undefined ? value : ([] as unknown[]).concat(earlier, value);
	}
	return fields;
}

function bodyOf(raw: Buffer, contentType = ''): unknown {
	if (raw.length === 0) return {};
	if (contentType.startsWith('application/x-www-form-urlencoded')) return fieldsOf(raw.toString('utf8'));
	if (contentType.startsWith('application/json')) return JSON.parse(raw.toString('utf8'));
	return {};
}

/**
 * Serves the Copilot App Trigger over real HTTP on loopback inside n8n-core's own webhook context (its
 * credential loading, parameters and HTTP helpers; only the credential store is ours), with the query
 * and body parsed as n8n parses them. A request the node accepts is answered as n8n's "last node"
 * response mode does: the page `setup.page` makes of the item, as text/html.
 */
export class AppTriggerServer {
	private server: Server | undefined;

	private lastItems: IDataObject[] | undefined;

	private lastThrown: Error | undefined;

	constructor(private readonly setup: AppSetup) {}

	async start(): Promise<string> {
		this.server = createServer((request, response) => {
			void this.handle(request, response);
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		const { port } = this.server.address() as AddressInfo;
		return `http://127.0.0.1:${port}/webhook/app-webhook-id/app`;
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => this.server?.close(() => resolve()));
	}

	async request(url: string, init: RequestInit = {}): Promise<AppAnswer> {
		this.lastItems = undefined;
		this.lastThrown = undefined;
		const response = await fetch(url, init);
		return { status: response.status, headers: response.headers, body: await response.text(), items: this.lastItems, thrown: this.lastThrown };
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const url = new URL(request.url ?? '/', 'http://n8n.invalid');
		Object.assign(request, { query: fieldsOf(url.search), body: bodyOf(Buffer.concat(chunks), request.headers['content-type']), params: {} });

		let result;
		try {
			result = await new CopilotAppTrigger().webhook.call(this.context(request, response));
		} catch (error) {
			this.lastThrown = error as Error;
			response.statusCode = 500;
			response.end('{"code":500,"message":"Workflow Webhook Error: Workflow could not be started!"}');
			return;
		}
		if (result.noWebhookResponse) return;
		const started = result.workflowData?.[0] as INodeExecutionData[] | undefined;
		this.lastItems = started?.map((item) => item.json);
		const page = this.setup.page ?? ((item: IDataObject) => `<pre>${JSON.stringify(item)}</pre>`);
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(this.lastItems ? page(this.lastItems[0]) : '');
	}

	private context(request: IncomingMessage, response: ServerResponse): WebhookContext {
		const trigger = new CopilotAppTrigger();
		const nodeTypes = {
			getByName: () => trigger,
			getByNameAndVersion: () => trigger,
			getKnownTypes: () => ({}),
		} as unknown as INodeTypes;
		const node: INode = {
			id: 'app-trigger',
			name: 'Copilot App Trigger',
			type: 'n8n-nodes-copilot.copilotAppTrigger',
			typeVersion: 1,
			position: [0, 0],
			webhookId: 'app-webhook-id',
			parameters: { include: this.setup.include ?? [], options: (this.setup.options ?? {}) as INodeParameters },
			credentials: { copilotApi: { id: 'credential-1', name: 'Copilot app' } },
		};
		const workflow = new Workflow({ id: 'app-workflow', nodes: [node], connections: {}, active: true, nodeTypes });
		const credentialsHelper = {
			getDecrypted: async () => ({ ...this.setup.credentials }),
			authenticate: async (decrypted: IDataObject, _type: string, options: IHttpRequestOptions) => authenticate(decrypted, options),
			preAuthentication: async () => undefined,
			getParentTypes: () => [],
			isCredentialUsableByNode: () => true,
			getCredentialsProperties: () => [],
		} as unknown as ICredentialsHelper;
		const additionalData = {
			credentialsHelper,
			variables: {},
			executionId: 'app-execution',
			httpRequest: request,
			httpResponse: response,
		} as unknown as IWorkflowExecuteAdditionalData;
		const webhookData = { webhookDescription: trigger.description.webhooks![0], node: node.name, workflowId: workflow.id } as unknown as IWebhookData;
		return new WebhookContext(workflow, workflow.getNode(node.name)!, additionalData, this.setup.mode ?? 'webhook', webhookData, [], null);
	}
}
