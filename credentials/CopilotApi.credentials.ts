import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class CopilotApi implements ICredentialType {
	name = 'copilotApi';

	displayName = 'Copilot API';

	icon: Icon = { light: 'file:copilot.svg', dark: 'file:copilot.dark.svg' };

	documentationUrl = 'https://docs.copilot.com/reference/webhooks-overview';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The key from Copilot > Settings > API',
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

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'X-API-KEY': '={{$credentials.apiKey}}',
			},
		},
	};

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
					message: 'Copilot refused the API key (401): copy it again from Copilot > Settings > API',
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
