import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject, INodeExecutionData, IWebhookFunctions } from 'n8n-workflow';

import { CopilotTrigger } from '../../nodes/CopilotTrigger/CopilotTrigger.node';
import { SECRET } from './signing';

export interface TriggerSetup {
	events?: string[];
	options?: IDataObject;
	credentials?: IDataObject;
	/** As n8n does for a version 1.1 start node and a body type it does not parse. */
	withoutRawBody?: boolean;
}

export interface Delivery {
	status: number;
	body: string;
	/** The items of the execution the request started, or undefined when it started none. */
	items: IDataObject[] | undefined;
}

/**
 * Serves the Copilot Trigger over real HTTP on loopback the way n8n hands it a request: the raw
 * body bytes on `rawBody`, Node's lower-cased headers, an Express-like response for refusals, and
 * an empty 200 (the node's `responseData: 'noData'`) for everything it accepts.
 */
export class TriggerServer {
	private server: Server | undefined;

	private lastItems: IDataObject[] | undefined;

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
		const response = await fetch(url, { method: 'POST', body, headers });
		return { status: response.status, body: await response.text(), items: this.lastItems };
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		if (!this.setup.withoutRawBody) Object.assign(request, { rawBody: Buffer.concat(chunks) });

		const result = await new CopilotTrigger().webhook.call(this.context(request, response));
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
			getCredentials: async () =>
				this.setup.credentials ?? { apiKey: 'key', webhookSigningSecret: SECRET },
			getNodeParameter: (name: string, fallback?: unknown) =>
				name in parameters ? parameters[name] : fallback,
		};
		return context as unknown as IWebhookFunctions;
	}
}
