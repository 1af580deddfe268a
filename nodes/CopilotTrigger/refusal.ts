import { NodeOperationError, type IWebhookFunctions, type IWebhookResponseData } from 'n8n-workflow';

import { SIGNATURE_HEADER } from './signature';

export type RefusalCode =
	| 'not_configured'
	| 'unsupported_content_type'
	| 'missing_signature'
	| 'mismatch_signature'
	| 'invalid_event';

const STATUS: Record<RefusalCode, number> = {
	not_configured: 500,
	unsupported_content_type: 415,
	missing_signature: 401,
	mismatch_signature: 401,
	invalid_event: 400,
};

/** What the user can do about each refusal, shown with it in the editor. */
const FIX: Record<RefusalCode, string> = {
	not_configured:
		'Reveal the signing secret in the menu of your webhook in Copilot > Settings > API > Webhooks and paste it into the Webhook Signing Secret of the Copilot API credential.',
	unsupported_content_type:
		'Copilot sends its events as application/json. To send one by hand, use that content type (npm run send-event does).',
	missing_signature:
		'Copilot signs every delivery. Send events from Copilot (Settings > API > Webhooks, with this node’s Test URL), or sign them as Copilot does (npm run send-event).',
	mismatch_signature:
		'The Webhook Signing Secret in the Copilot API credential is not the secret of the webhook that sent this event. Reveal the secret in the webhook’s menu in Copilot > Settings > API > Webhooks and paste it into the credential, then listen again.',
	invalid_event: 'The request was signed with your secret but is not a Copilot event: it needs eventType and data.',
};

export const SIGNATURE_MESSAGES = {
	missing: `Missing ${SIGNATURE_HEADER} header: only events signed by Copilot are accepted.`,
	mismatch: `Invalid ${SIGNATURE_HEADER} header: it does not match the body and the webhook signing secret.`,
};

export const NOT_CONFIGURED = 'The n8n credential has no webhook signing secret.';

export function unsupportedContentType(contentType: string | undefined): string {
	const named = contentType ? `"${contentType}"` : 'no';
	return `n8n does not hand the node the bytes of a body with ${named} content type, so its signature cannot be checked. Copilot sends application/json.`;
}

/**
 * Refuses a request so that nothing of it runs. In production Copilot gets the status and a body like
 * its own API's errors. While a test listens in the editor (n8n's manual mode) the refusal is thrown
 * instead: n8n then shows it on the node and stops listening, where an answer alone would leave the
 * editor listening with no sign of what went wrong. (The sender then gets n8n's 500.)
 */
export function refuse(context: IWebhookFunctions, code: RefusalCode, message: string): IWebhookResponseData {
	if (context.getMode() === 'manual') {
		throw new NodeOperationError(context.getNode(), `Copilot event refused: ${message}`, { description: FIX[code] });
	}
	context.getResponseObject().status(STATUS[code]).json({ code, message });
	return { noWebhookResponse: true };
}
