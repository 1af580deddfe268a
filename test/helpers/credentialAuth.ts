import { Expression, type IDataObject, type IHttpRequestOptions } from 'n8n-workflow';

import { CopilotApi } from '../../credentials/CopilotApi.credentials';

type Authenticate = (credentials: IDataObject, request: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/** Resolves a credential value the way n8n does: a leading `=` marks an expression over `$credentials`. */
export function resolveCredentialValue(value: unknown, credentials: IDataObject): string {
	if (typeof value !== 'string' || !value.startsWith('=')) return String(value);
	return String(Expression.resolveWithoutWorkflow(value.slice(1), { $credentials: credentials }));
}

/** What n8n does with the credential's `authenticate` before every request: calls the credential's function. */
export async function authenticate(credentials: IDataObject, request: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return await (new CopilotApi().authenticate as Authenticate)(credentials, request);
}

/** The headers the credential adds to a request. */
export async function authenticationHeaders(credentials: IDataObject): Promise<Record<string, string>> {
	const { headers } = await authenticate(credentials, { url: '/' });
	return headers as Record<string, string>;
}
