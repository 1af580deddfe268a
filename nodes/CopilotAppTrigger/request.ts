import type { IDataObject } from 'n8n-workflow';

import { isPlainRecord } from '../Copilot/fields/values';

// Where the token travels. Copilot opens the app with `?token=…`; a form the page posts back to the
// same address carries it in the query too (a <form method="post"> without action keeps the page's
// query), or as a `token` field of its own. The token is taken out of what the workflow sees.

export const TOKEN_PARAMETER = 'token';

export interface AppRequest {
	method: 'GET' | 'POST';
	/** The query's token, else (for a POST) the form's; a string, or whatever n8n parsed when it is not one. */
	token: unknown;
	/** The query without the token. */
	query: IDataObject;
	/** The posted fields without the token; empty for a GET. */
	form: IDataObject;
}

function withoutToken(fields: IDataObject): IDataObject {
	const { [TOKEN_PARAMETER]: _token, ...rest } = fields;
	return rest;
}

/** The parts of a request the trigger works with, from n8n's parsed query and body. */
export function readAppRequest(method: string, query: unknown, body: unknown): AppRequest {
	const parsedQuery = isPlainRecord(query) ? query : {};
	const isPost = method.toUpperCase() === 'POST';
	const form = isPost && isPlainRecord(body) ? body : {};
	const token = parsedQuery[TOKEN_PARAMETER] ?? form[TOKEN_PARAMETER];
	return { method: isPost ? 'POST' : 'GET', token, query: withoutToken(parsedQuery), form: withoutToken(form) };
}
