import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject, INodeExecutionData, IWebhookFunctions } from 'n8n-workflow';

import { CopilotTrigger } from '../../nodes/CopilotTrigger/CopilotTrigger.node';
import { SECRET } from './signing';

export interface TriggerSetup {
	events?: string[];
	options?: IDataObject;
	/** What the credential holds; a function is asked on every read, so a test can change the secret. */
	credentials?: IDataObject | (() => IDataObject);
	/** The ids n8n gives the node's credential and its workflow; without a credential id nothing is kept between requests. */
	credentialId?: string;
	workflowId?: string;
	/** As n8n does for a version 1.1 start node and a body type it does not parse. */
	withoutRawBody?: boolean;
	/** n8n's execution mode: 'webhook' for the Production URL (the default), 'manual' while a test listens. */
	mode?: 'webhook' | 'manual';
}

export interface Delivery {
	status: number;
	body: string;
	/** The items of the execution the request started, or undefined when it started none. */
	items: IDataObject[] | undefined;
	/** What the node threw, which n8n shows in the editor (and answers with its own 500). */
	thrown?: Error;
}

/**
 * Serves the Copilot Trigger over real HTTP on loopback the way n8n hands it a request: the raw
 * body bytes on `rawBody`, Node's lower-cased headers, an Express-like response for refusals, and
 * an empty 200 (the node's `responseData: 'noData'`) for everything it accepts.
 */
export class TriggerServer {
	private server: Server | undefined;

	private lastItems: IDataObject[] | undefined;

	private lastThrown: Error | undefined;

	/** How often the node read its credential. */
	credentialReads = 0;

	constructor(private readonly setup: TriggerSetup = {}) {}

	async start(): Promise<string> {
		this.server = createServer((request, response) => {
			void this.handle(request, response);
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		const { port } = this.server.address() as AddressInfo;
		return `http://127.0.0.1:${port}/webhook`;
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => this.server?.close(() => resolve()));
	}

	async deliver(url: string, body: Buffer | string, headers: Record<string, string>): Promise<Delivery> {
		this.lastItems = undefined;
		this.lastThrown = undefined;
		const response = await fetch(url, { method: 'POST', body, headers });
		return { status: response.status, body: await response.text(), items: this.lastItems, thrown: this.lastThrown };
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		if (!this.setup.withoutRawBody) Object.assign(request, { rawBody: Buffer.concat(chunks) });

		let result;
		try {
			result = await new CopilotTrigger().webhook.call(this.context(request, response));
		} catch (error) {
			// What n8n does when a trigger throws: the error goes to the editor, the sender gets a 500.
			this.lastThrown = error as Error;
			response.statusCode = 500;
			response.end('{"code":500,"message":"Workflow Webhook Error: Workflow could not be started!"}');
			return;
		}
		if (result.noWebhookResponse) return;
		const started = result.workflowData?.[0] as INodeExecutionData[] | undefined;
		this.lastItems = started?.map((item) => item.json);
		response.statusCode = 200;
		response.end();
	}

	private context(request: IncomingMessage, response: ServerResponse): IWebhookFunctions {
		const parameters: IDataObject = {
			events: this.setup.events ?? ['*'],
			options: this.setup.options ?? {},
		};
		const expressResponse = {
			status(code: number) {
				response.statusCode = code;
				return expressResponse;
			},
			json(body: unknown) {
				response.setHeader('content-type', 'application/json');
				response.end(JSON.stringify(body));
				return expressResponse;
			},
		};
		const context = {
			getRequestObject: () => request,
			getResponseObject: () => expressResponse,
			getCredentials: async (type: string) => {
				if (type !== 'copilotApi') throw new Error(`unexpected credential type ${type}`);
				this.credentialReads += 1;
				const { credentials } = this.setup;
				if (typeof credentials === 'function') return credentials();
				return credentials ?? { apiKey: 'key', webhookSigningSecret: SECRET };
			},
			getNodeParameter: (name: string, fallback?: unknown) =>
				name in parameters ? parameters[name] : fallback,
			getMode: () => this.setup.mode ?? 'webhook',
			getNode: () => ({
				id: 'trigger',
				name: 'Copilot Trigger',
				type: 'n8n-nodes-copilot.copilotTrigger',
				typeVersion: 1.1,
				position: [0, 0],
				parameters,
				...(this.setup.credentialId ? { credentials: { copilotApi: { id: this.setup.credentialId, name: 'Copilot' } } } : {}),
			}),
			getWorkflow: () => ({ id: this.setup.workflowId ?? 'workflow-1', name: 'Copilot events', active: true }),
		};
		return context as unknown as IWebhookFunctions;
	}
}
