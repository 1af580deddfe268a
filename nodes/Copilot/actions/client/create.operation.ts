import type { INodeProperties } from 'n8n-workflow';

import type { CopilotOperation } from '../types';
import { clientAdditionalFields, createClient } from './creation';

const properties: INodeProperties[] = [
	{
		displayName: 'Given Name',
		name: 'givenName',
		type: 'string',
		required: true,
		default: '',
		description: 'The client’s first name',
	},
	{
		displayName: 'Family Name',
		name: 'familyName',
		type: 'string',
		required: true,
		default: '',
		description: 'The client’s last name',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: 'The client’s email address, which they sign in with',
	},
	clientAdditionalFields('Whether Copilot emails the client an invitation to the portal'),
];

export const create: CopilotOperation = {
	option: { name: 'Create', value: 'create', action: 'Create a client', description: 'Create a client; Copilot emails them an invitation only with Send Invite on' },
	properties,
	async execute(item) {
		const person = { givenName: item.text('givenName'), familyName: item.text('familyName'), email: item.text('email') };
		return await createClient(item, person, item.fields('additionalFields'));
	},
};
