import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * The two kinds of key a Copilot API credential can hold, and the X-API-Key header each is sent as.
 *
 * A workspace key (Copilot > Settings > API) is sent as it is. A custom app's key is sent with the
 * workspace it acts in, `<workspaceId>/<apiKey>`, and with `/<tokenId>` when the token Copilot opened
 * the app with carries one (Copilot's SDK, @assembly-js/node-sdk 3.19.1 dist/api/init.js;
 * copilot-platforms/tasks-app src/utils/CopilotAPI.ts). Some operations are allowed only to a custom
 * app's key (docs.assembly.com/reference/notifications). Credentials saved before the kind existed
 * have none and hold a workspace key.
 */
export type ApiKeyKind = 'workspace' | 'customApp';

export const WORKSPACE_KEY: ApiKeyKind = 'workspace';
export const CUSTOM_APP_KEY: ApiKeyKind = 'customApp';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The kind of key the credential holds: a workspace key unless it says it is a custom app's. */
export function apiKeyKindOf(credentials: ICredentialDataDecryptedObject): ApiKeyKind {
	return credentials.keyKind === CUSTOM_APP_KEY ? CUSTOM_APP_KEY : WORKSPACE_KEY;
}

/** Why the credential cannot make a header, or undefined when it can. */
export function apiKeyProblem(credentials: ICredentialDataDecryptedObject): string | undefined {
	if (text(credentials.apiKey) === '') return 'The Copilot API credential has no API Key';
	if (apiKeyKindOf(credentials) === CUSTOM_APP_KEY && text(credentials.workspaceId) === '') {
		return 'The Copilot API credential holds a custom app’s key but no Workspace ID: Copilot needs both';
	}
	return undefined;
}

/**
 * The X-API-Key header for the credential: the workspace key as it is, or a custom app's
 * `<workspaceId>/<apiKey>` (then `/<tokenId>` when given). Throws what `apiKeyProblem` says.
 */
export function apiKeyHeader(credentials: ICredentialDataDecryptedObject, tokenId?: string): string {
	const problem = apiKeyProblem(credentials);
	if (problem) throw new Error(problem);
	const apiKey = text(credentials.apiKey);
	if (apiKeyKindOf(credentials) === WORKSPACE_KEY) return apiKey;
	const parts = [text(credentials.workspaceId), apiKey];
	if (text(tokenId) !== '') parts.push(text(tokenId));
	return parts.join('/');
}
