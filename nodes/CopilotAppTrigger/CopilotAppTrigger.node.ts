import {
	NodeConnectionTypes,
	NodeOperationError,
	type ICredentialDataDecryptedObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { apiKeyKindOf, apiKeyProblem, CUSTOM_APP_KEY } from '../Copilot/transport/apiKeyHeader';
import { appItem } from './items';
import { APP_TRIGGER_PROPERTIES, LISTENING_HINT } from './properties';
import { readRecords } from './records';
import { REFUSAL_MESSAGES, refuse } from './refusal';
import { readAppRequest } from './request';
import { appWebhooks } from './response';
import { decryptToken, tokenKey } from './tokenCipher';
import { readTokenPayload } from './tokenPayload';

/** The credential's custom-app key and workspace, or undefined when it holds something else. */
function customAppOf(credentials: ICredentialDataDecryptedObject): { apiKey: string; workspaceId: string } | undefined {
	if (apiKeyKindOf(credentials) !== CUSTOM_APP_KEY || apiKeyProblem(credentials)) return undefined;
	return { apiKey: String(credentials.apiKey).trim(), workspaceId: String(credentials.workspaceId).trim() };
}

export class CopilotAppTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Copilot App Trigger',
		name: 'copilotAppTrigger',
		icon: { light: 'file:copilot.svg', dark: 'file:copilot.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: 'Custom app page',
		description: 'Serves a Copilot (Assembly) custom app: starts the workflow when a client or team member opens it in the portal, and answers with the page the workflow makes',
		defaults: { name: 'Copilot App Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'copilotApi', required: true }],
		webhooks: appWebhooks(),
		eventTriggerDescription: LISTENING_HINT,
		properties: APP_TRIGGER_PROPERTIES,
	};

	// Nothing is registered with Copilot (its custom apps are set up by hand); activation only checks
	// that the credential can open Copilot's tokens, so that a wrong one shows when publishing.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				if (!customAppOf(await this.getCredentials('copilotApi'))) {
					const { message, description } = REFUSAL_MESSAGES.notConfigured;
					throw new NodeOperationError(this.getNode(), message, { description });
				}
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const app = customAppOf(await this.getCredentials('copilotApi'));
		if (!app) return refuse(this, 'notConfigured');

		const request = readAppRequest(this.getRequestObject().method, this.getQueryData(), this.getBodyData());
		const opened = decryptToken(request.token, tokenKey(app.apiKey));
		if (!opened.ok) return refuse(this, opened.problem);
		const checked = readTokenPayload(opened.plaintext, app.workspaceId);
		if (!checked.ok) return refuse(this, checked.problem);

		let records;
		try {
			records = await readRecords(this, checked.payload, this.getNodeParameter('include', []) as string[]);
		} catch (error) {
			if (this.getMode() === 'manual') {
				const { message, description } = REFUSAL_MESSAGES.recordsUnavailable;
				throw new NodeOperationError(this.getNode(), `${message}: ${(error as Error).message}`, { description });
			}
			return refuse(this, 'recordsUnavailable');
		}
		return { workflowData: [[{ json: appItem(checked.payload, request, records) }]] };
	}
}
