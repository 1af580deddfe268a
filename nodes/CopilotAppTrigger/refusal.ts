import { NodeOperationError, type IWebhookFunctions, type IWebhookResponseData } from 'n8n-workflow';

import type { CipherProblem } from './tokenCipher';
import type { PayloadProblem } from './tokenPayload';

/** Why a request to the app did not start the workflow. */
export type Refusal = CipherProblem | PayloadProblem | 'notConfigured' | 'recordsUnavailable';

/**
 * What the editor shows for each refusal while a test listens. The viewer never sees these: every
 * token refusal answers the same page with the same status, so that the answer says nothing about
 * why (a distinguishable bad padding would be a padding oracle, enough to forge tokens for a cipher
 * without a MAC such as this one).
 */
export const REFUSAL_MESSAGES: Record<Refusal, { message: string; description: string }> = {
	missing: {
		message: 'The request carries no token',
		description:
			'Copilot adds ?token=… to the app’s URL when it opens the app. Open the app from your Copilot portal (with this node’s Test URL as the custom app’s URL while you build), not by typing its URL; forms in the page must post back to the same address (a <form method="post"> without action does).',
	},
	malformed: {
		message: 'The token is not a Copilot token',
		description: 'A Copilot token is one hex string: a 16-byte IV followed by whole 16-byte blocks. Only one token may be sent.',
	},
	undecryptable: {
		message: 'The token does not open with the credential’s API key',
		description:
			'The Copilot API credential must hold the API key of the custom app whose URL this is (Copilot > App Setup > your custom app), with Key Type "Custom App Key". A token that was altered fails the same way.',
	},
	notJson: {
		message: 'The token opened but holds no JSON object',
		description: 'Copilot’s tokens hold a JSON object. This one was most likely made with another key, or altered.',
	},
	nonStringValue: {
		message: 'The token holds a value that is not a string',
		description: 'Every value in a Copilot token is a string (Copilot’s SDK refuses others too). This one was most likely altered.',
	},
	noWorkspace: {
		message: 'The token names no workspace',
		description: 'Copilot’s tokens always carry a workspaceId.',
	},
	otherWorkspace: {
		message: 'The token is for another workspace than the credential’s',
		description:
			'The token’s workspaceId is not the Workspace ID of the Copilot API credential. Put the ID of the workspace the custom app is installed in into the credential.',
	},
	noViewer: {
		message: 'The token names neither a client nor a team member',
		description: 'The trigger starts only for a token that says who is looking (clientId, internalUserId, or both for a preview).',
	},
	notConfigured: {
		message: 'The Copilot API credential does not hold a custom app’s key with its Workspace ID',
		description:
			'Open the credential, set Key Type to "Custom App Key", paste the custom app’s API key (Copilot > App Setup > your custom app) and the Workspace ID.',
	},
	recordsUnavailable: {
		message: 'Copilot did not answer with the viewer’s records',
		description: 'Check the Base URL of the Copilot API credential, or leave Include Records empty.',
	},
};

const STATUS: Record<Refusal, number> = {
	missing: 403,
	malformed: 403,
	undecryptable: 403,
	notJson: 403,
	nonStringValue: 403,
	noWorkspace: 403,
	otherWorkspace: 403,
	noViewer: 403,
	notConfigured: 500,
	recordsUnavailable: 502,
};

function page(title: string, text: string): string {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;color:#212b36;margin:0;display:grid;place-items:center;min-height:100vh}main{max-width:28rem;padding:2rem;text-align:center}h1{font-size:1.25rem}</style></head>
<body><main><h1>${title}</h1><p>${text}</p></main></body></html>
`;
}

/** The one page every token refusal answers. */
export const OPEN_FROM_COPILOT_PAGE = page(
	'Open this app from Copilot',
	'This page shows inside your Copilot portal. Sign in to the portal and open the app from its menu.',
);

const UNAVAILABLE_PAGE = page('This app is not available right now', 'Please try again in a moment. If it keeps happening, tell the team that runs this portal.');

/** Headers of the refusal pages: nothing in them may run, load or be kept, and nothing may send the URL on. */
export const PAGE_HEADERS = {
	'content-type': 'text/html; charset=utf-8',
	'cache-control': 'no-store',
	'referrer-policy': 'no-referrer',
	'x-content-type-options': 'nosniff',
	'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
};

/**
 * Refuses a request so that nothing runs. In production the viewer gets a short page. While a test
 * listens in the editor (n8n's manual mode) the reason is thrown instead, so that n8n shows it on the
 * node (the browser then gets n8n's own 500).
 */
export function refuse(context: IWebhookFunctions, refusal: Refusal): IWebhookResponseData {
	const { message, description } = REFUSAL_MESSAGES[refusal];
	if (context.getMode() === 'manual') {
		throw new NodeOperationError(context.getNode(), `Copilot app request refused: ${message}`, { description });
	}
	const status = STATUS[refusal];
	const response = context.getResponseObject();
	response.writeHead(status, PAGE_HEADERS);
	response.end(status === 403 ? OPEN_FROM_COPILOT_PAGE : UNAVAILABLE_PAGE);
	return { noWebhookResponse: true };
}
