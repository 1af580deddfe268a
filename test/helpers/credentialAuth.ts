import { Expression, type IDataObject, type IHttpRequestOptions } from 'n8n-workflow';

import { CopilotApi } from '../../credentials/CopilotApi.credentials';

/** Resolves a credential value the way n8n does: a leading `=` marks an expression over `$credentials`. */
export function resolveCredentialValue(value: unknown, credentials: IDataObject): string {
	if (typeof value !== 'string' || !value.startsWith('=')) return String(value);
	return String(Expression.resolveWithoutWorkflow(value.slice(1), { $credentials: credentials }));
}

/** The headers the credential's `authenticate` adds to every request, resolved as n8n resolves them. */
export function authenticationHeaders(credentials: IDataObject): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(new CopilotApi().authenticate.properties.headers ?? {})) {
		headers[name] = resolveCredentialValue(value, credentials);
	}
	return headers;
}

/** n8n's generic authentication: the credential's headers added to the request. */
export function authenticate(credentials: IDataObject, request: IHttpRequestOptions): IHttpRequestOptions {
	return { ...request, headers: { ...(request.headers ?? {}), ...authenticationHeaders(credentials) } };
}
