import {
	webhookDescriptionFields,
	type INodeParameters,
	type INodeProperties,
	type IWebhookDescription,
} from 'n8n-workflow';

/** When n8n answers Copilot's delivery with 200, chosen by the node's Respond option. */
export const RESPOND = {
	immediately: 'immediately',
	whenWorkflowFinishes: 'whenWorkflowFinishes',
} as const;

export const RESPOND_OPTION: INodeProperties = {
	displayName: 'Respond',
	name: 'respond',
	type: 'options',
	default: 'immediately',
	options: [
		{
			name: 'Immediately',
			value: RESPOND.immediately,
			description:
				'Answer 200 as soon as the event is verified and run the workflow afterwards, as Copilot asks. An event n8n accepted just before it stopped may not run.',
		},
		{
			name: 'When Workflow Finishes',
			value: RESPOND.whenWorkflowFinishes,
			description:
				'Answer 200 only after the workflow ran without error, so that Copilot delivers the event again (up to 3 times) when a run failed or n8n stopped first. Keep such workflows short, and ready to see an event twice.',
		},
	],
	description: 'When to tell Copilot the event was received',
};

/**
 * n8n's response mode for the webhook: "onReceived" answers before the execution starts, "lastNode"
 * once it has finished (and with 500 if it failed).
 */
export const RESPONSE_MODE_EXPRESSION = `={{$parameter["options"]["respond"] === "${RESPOND.whenWorkflowFinishes}" ? "lastNode" : "onReceived"}}`;

/** The same mapping, computed from the parameters without the expression engine. */
export function responseModeOf(parameters: INodeParameters): 'lastNode' | 'onReceived' {
	const options = parameters.options as { respond?: unknown } | undefined;
	return options?.respond === RESPOND.whenWorkflowFinishes ? 'lastNode' : 'onReceived';
}

/**
 * The webhook description's `responseMode`. n8n-workflow 2.x resolves a field declared with
 * `webhookDescriptionFields` natively, for a node whose parameters hold no expression, which spares
 * every request an expression evaluation (under the sandboxed engine, an isolate); it falls back to
 * the template otherwise. n8n-workflow 1.x has no such helper and evaluates the expression. The
 * template and `responseModeOf` must agree: a test checks them against each other.
 */
export function responseModeDescription(): Pick<IWebhookDescription, 'responseMode'> {
	if (typeof webhookDescriptionFields !== 'function') return { responseMode: RESPONSE_MODE_EXPRESSION };
	return webhookDescriptionFields({ responseMode: { template: RESPONSE_MODE_EXPRESSION, resolve: responseModeOf } });
}
