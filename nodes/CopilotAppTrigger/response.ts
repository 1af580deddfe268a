import { webhookDescriptionFields, type INodeParameters, type IWebhookDescription } from 'n8n-workflow';

// How n8n answers the app's requests: with the page the workflow made. A community trigger cannot
// use n8n's Respond to Webhook node (from its version 1.1 that node fails unless n8n's own Webhook,
// Form, Chat or Wait node started the workflow), so the webhook description asks n8n for what its
// Webhook node calls "When Last Node Finishes": one field of the last node's first item, as text/html.

export const DEFAULT_PAGE_FIELD = 'html';

export const PAGE_FIELD_EXPRESSION = `={{$parameter["options"]["pageField"] || "${DEFAULT_PAGE_FIELD}"}}`;

/** The same as the expression, from the parameters without the expression engine. */
export function pageFieldOf(parameters: INodeParameters): string {
	const options = parameters.options as { pageField?: unknown } | undefined;
	return typeof options?.pageField === 'string' && options.pageField !== '' ? options.pageField : DEFAULT_PAGE_FIELD;
}

/**
 * Headers of every page: pages hold a client's data (not to be kept by caches), and their address
 * holds the token (not to be sent on to other sites as a Referer). n8n adds its own sandbox policy.
 */
export const PAGE_RESPONSE_HEADERS = {
	entries: [
		{ name: 'Cache-Control', value: 'no-store' },
		{ name: 'Referrer-Policy', value: 'no-referrer' },
		{ name: 'X-Content-Type-Options', value: 'nosniff' },
	],
};

/**
 * n8n-workflow 2.x resolves a field declared with `webhookDescriptionFields` without its expression
 * engine for a node whose parameters hold no expression; 1.x has no such helper and evaluates it.
 */
function pageFieldDescription(): Pick<IWebhookDescription, 'responsePropertyName'> {
	if (typeof webhookDescriptionFields !== 'function') return { responsePropertyName: PAGE_FIELD_EXPRESSION };
	return webhookDescriptionFields({ responsePropertyName: { template: PAGE_FIELD_EXPRESSION, resolve: pageFieldOf } });
}

/** The path after the webhook id: the app's URL ends in /app. */
export const APP_PATH = 'app';

/** The app's address, answered with the page when the workflow has finished: GET to open it, POST for its forms. */
export function appWebhooks(): IWebhookDescription[] {
	const answer = {
		path: APP_PATH,
		responseMode: 'lastNode',
		responseData: 'firstEntryJson',
		responseContentType: 'text/html',
		responseHeaders: PAGE_RESPONSE_HEADERS,
		...pageFieldDescription(),
	};
	// Both at one address; the editor lists the first, the address to paste into Copilot. (n8n reads
	// responseHeaders, { entries: [{ name, value }] }, though IWebhookDescription does not type it.)
	return [
		{ name: 'default', httpMethod: 'GET', ...answer },
		{ name: 'setup', httpMethod: 'POST', ndvHideUrl: true, ...answer },
	] as unknown as IWebhookDescription[];
}
