import type { TriggerPanelDefinition } from 'n8n-workflow';

// What the editor tells a user about connecting Copilot. Copilot has no API for webhooks, so the
// URLs are copied by hand; n8n shows them under "Webhook URLs" at the top of the node's panel,
// collapsed, and its button for listening reads "Execute step".

/** The notice above the node's parameters. */
export const SETUP_NOTICE =
	'Connect Copilot by hand, once: open "Webhook URLs" at the top of this panel, add the Test URL (while you build) or the Production URL (once the workflow is published) as a webhook in Copilot > Settings > API > Webhooks with the same events, then reveal that webhook’s signing secret from its menu and paste it into the Copilot API credential. To try it, click "Execute step" (or "Test this trigger") and create an event in Copilot.';

/** What the canvas shows under the node while it listens for a test event. */
export const LISTENING_HINT = 'Waiting for an event from the Copilot webhook that has the Test URL';

/** What the panel says while the node listens for a test event, and once the workflow is published. */
export const TRIGGER_PANEL: TriggerPanelDefinition = {
	header: 'Put the Test URL in a Copilot webhook, then click Execute step',
	executionsHelp: {
		inactive:
			'<b>While you build:</b> copy the <b>Test URL</b> from <i>Webhook URLs</i> at the top of this panel into a webhook in Copilot (<i>Settings &gt; API &gt; Webhooks</i>), put that webhook’s signing secret into the Copilot API credential, click <i>Execute step</i> and create an event in Copilot. An event the node refuses (unsigned, or signed with another secret) shows here with the reason.<br /><br /><b>Once it works:</b> add the <b>Production URL</b> to Copilot the same way and publish the workflow. Copilot’s events then run it without this panel; they show in the Executions list.',
		active:
			'<b>The workflow is published:</b> events Copilot sends to the <b>Production URL</b> run it, and show in the Executions list. To try a change here, put the <b>Test URL</b> (<i>Webhook URLs</i>, at the top of this panel) in a Copilot webhook and click <i>Execute step</i>.',
	},
	activationHint: {
		inactive:
			'Once it works, add the Production URL to a webhook in Copilot too and publish the workflow: it then runs for every event, without this panel.',
		active:
			'Published: events sent to the Production URL run the workflow and show in the Executions list; test events sent to the Test URL show only here.',
	},
};
