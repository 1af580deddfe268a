import type { INodeProperties } from 'n8n-workflow';

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
