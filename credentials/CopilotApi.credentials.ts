import type {
	ICredentialDataDecryptedObject,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { apiKeyHeader, CUSTOM_APP_KEY, WORKSPACE_KEY } from '../nodes/Copilot/transport/apiKeyHeader';

export class CopilotApi implements ICredentialType {
	name = 'copilotApi';

	displayName = 'Copilot API';

	icon: Icon = { light: 'file:copilot.svg', dark: 'file:copilot.dark.svg' };

	documentationUrl = 'https://docs.copilot.com/reference/webhooks-overview';

	properties: INodeProperties[] = [
		{
			displayName: 'Key Type',
			name: 'keyKind',
			type: 'options',
			options: [
				{
					name: 'Workspace Key',
					value: WORKSPACE_KEY,
					description: 'The key from Copilot > Settings > API',
				},
				{
					name: 'Custom App Key',
					value: CUSTOM_APP_KEY,
					description:
						'The key of a custom app of your workspace. Copilot lets only a custom app create, delete and mark notifications.',
				},
			],
			default: WORKSPACE_KEY,
			description: 'Which kind of key this credential holds',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The key from Copilot > Settings > API, or your custom app’s key',
		},
		{
			displayName: 'Workspace ID',
			name: 'workspaceId',
			type: 'string',
			default: '',
			// Hidden for a workspace key rather than shown for a custom app's, and not `required`: n8n 1.x's
			// public API turns `show` into a schema that demands this field of every credential without a
			// Key Type. The node refuses a custom app's key without it.
			displayOptions: { hide: { keyKind: [WORKSPACE_KEY] } },
			description:
				'Required with a custom app’s key: the ID of the workspace the app is installed in (the ID Workspace › Get answers, and the workspaceId of the token Copilot opens the app with). Copilot takes a custom app’s key only together with it.',
		},
		{
			displayName: 'Webhook Signing Secret',
			name: 'webhookSigningSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The signing secret revealed in the menu of your webhook in Copilot > Settings > API > Webhooks. The Copilot Trigger refuses to activate without it, so that unsigned events never run a workflow.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.assembly.com',
			hint: 'Older workspaces may use https://api.copilot.com',
			description: 'Where Copilot’s REST API is served',
		},
	];

	/** The X-API-KEY header: a workspace key as it is, a custom app's key as `<workspaceId>/<apiKey>`. */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return { ...requestOptions, headers: { ...requestOptions.headers, 'X-API-KEY': apiKeyHeader(credentials) } };
	}

	// n8n shows only the HTTP status of a failed test, or the message a rule names for it: these say
	// what a Copilot user can do. (A test that could show Copilot's own message needs n8n's deprecated
	// request helper, which n8n's verification of community nodes refuses.)
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v1/workspaces',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Copilot refused the API key (401): copy it again from Copilot > Settings > API, or for a custom app’s key check its Workspace ID and Key Type',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: 'Copilot answered 403 Forbidden: this API key may not use the workspace’s API',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No Copilot API at this Base URL (404): use https://api.assembly.com, or https://api.copilot.com for older workspaces',
				},
			},
		],
	};
}
