import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { splitChanges } from './changes';
import { parseEvent } from './event';
import { eventFingerprint } from './fingerprint';
import { changeItems, eventItem } from './items';
import { matchesRecord, webhookRecord, type WebhookRecord } from './lifecycle';
import { LISTENING_HINT, TRIGGER_PANEL } from './panel';
import { TRIGGER_PROPERTIES } from './properties';
import { NOT_CONFIGURED, refuse, SIGNATURE_MESSAGES, unsupportedContentType } from './refusal';
import { responseModeDescription } from './response';
import { isEventSelected, parseList, passesFieldFilter } from './selection';
import { SIGNATURE_HEADER } from './signature';
import { signingSecretOf, signingSecretSource, verifyWithCredential } from './signingSecret';

interface TriggerOptions {
	customEvents?: string;
	ignoreUnknownChanges?: boolean;
	onlyWhenFieldsChanged?: string;
	splitOutChanges?: boolean;
}

/** The node's parameters, read once per call. */
function settingsOf(context: IHookFunctions | IWebhookFunctions) {
	const events = context.getNodeParameter('events', []) as string[];
	const options = context.getNodeParameter('options', {}) as TriggerOptions;
	return {
		selectedEvents: [...events, ...parseList(options.customEvents)],
		watchedFields: parseList(options.onlyWhenFieldsChanged),
		ignoreUnknownChanges: options.ignoreUnknownChanges === true,
		splitOutChanges: options.splitOutChanges === true,
	};
}

function expectedRecord(context: IHookFunctions): WebhookRecord {
	return webhookRecord(context.getNodeWebhookUrl('default') ?? '', settingsOf(context).selectedEvents);
}

export class CopilotTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Copilot Trigger',
		name: 'copilotTrigger',
		icon: { light: 'file:copilot.svg', dark: 'file:copilot.dark.svg' },
		group: ['trigger'],
		// 1.1 only changes what n8n does around the node: it skips a per-request expression that
		// n8n 2.x evaluates for every start node of version 1, and parses only JSON, text, form and XML
		// bodies (all that Copilot sends). Existing workflows stay on 1, which behaves as before.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Copilot (Assembly) sends a signed webhook event',
		defaults: { name: 'Copilot Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'copilotApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				...responseModeDescription(),
				responseData: 'noData',
				path: 'webhook',
			},
		],
		triggerPanel: TRIGGER_PANEL,
		eventTriggerDescription: LISTENING_HINT,
		properties: TRIGGER_PROPERTIES,
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return matchesRecord(this.getWorkflowStaticData('node'), expectedRecord(this));
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const credentials = await this.getCredentials('copilotApi');
				if (signingSecretOf(credentials) === '') {
					throw new NodeOperationError(
						this.getNode(),
						'The Copilot API credential has no webhook signing secret',
						{
							description:
								'Reveal the signing secret in the menu of your webhook in Copilot > Settings > API > Webhooks and add it to the credential. Unsigned events are never accepted.',
						},
					);
				}
				Object.assign(this.getWorkflowStaticData('node'), expectedRecord(this));
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const staticData = this.getWorkflowStaticData('node');
				delete staticData.webhookUrl;
				delete staticData.events;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();

		const secrets = signingSecretSource(this);
		const looked = await secrets.lookup();
		if (looked.secret === '') return refuse(this, 'not_configured', NOT_CONFIGURED);
		// n8n hands a version 1.1 start node the raw bytes only of the JSON, text, form and XML bodies it parses.
		const { rawBody } = request;
		if (!Buffer.isBuffer(rawBody)) {
			return refuse(this, 'unsupported_content_type', unsupportedContentType(request.headers['content-type']));
		}
		const signature = await verifyWithCredential(rawBody, request.headers[SIGNATURE_HEADER], looked, secrets);
		if (!signature.valid) {
			if (signature.reason === 'not_configured') return refuse(this, 'not_configured', NOT_CONFIGURED);
			return refuse(this, `${signature.reason}_signature`, SIGNATURE_MESSAGES[signature.reason]);
		}

		const parsed = parseEvent(rawBody);
		if (!parsed.ok) return refuse(this, 'invalid_event', parsed.message);
		const { event } = parsed;

		const settings = settingsOf(this);
		if (!isEventSelected(event.eventType, settings.selectedEvents)) return {};

		const changes = splitChanges(event.data, event.previousAttributes);
		if (!passesFieldFilter(changes, settings.watchedFields, settings.ignoreUnknownChanges)) return {};

		const fingerprint = eventFingerprint(event);
		const items: IDataObject[] = settings.splitOutChanges
			? changeItems(event, changes, fingerprint)
			: [eventItem(event, changes, fingerprint)];
		return { workflowData: [items.map((json) => ({ json }))] };
	}
}
