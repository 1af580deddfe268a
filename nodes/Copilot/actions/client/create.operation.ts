import type { INodeProperties } from 'n8n-workflow';

import { customFieldOptions, customFieldsOf } from '../../fields/customFields';
import { definedOnly } from '../../fields/values';
import type { CopilotOperation } from '../types';

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
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Company ID',
				name: 'companyId',
				type: 'string',
				default: '',
				description: 'The company the client belongs to. Without one, Copilot creates a placeholder company for the client.',
			},
			...customFieldOptions('client'),
			{
				displayName: 'Send Invite',
				name: 'sendInvite',
				type: 'boolean',
				default: false,
				description: 'Whether Copilot emails the client an invitation to the portal',
			},
		],
	},
];

export const create: CopilotOperation = {
	option: { name: 'Create', value: 'create', action: 'Create a client', description: 'Create a client' },
	properties,
	async execute(item) {
		const fields = item.fields('additionalFields');
		const email = item.text('email');
		return await item.createFindable(
			{
				method: 'POST',
				path: '/v1/clients',
				qs: { sendInvite: fields.sendInvite },
				body: definedOnly({
					givenName: item.text('givenName'),
					familyName: item.text('familyName'),
					email,
					companyId: fields.companyId,
					customFields: customFieldsOf(item, fields),
				}),
			},
			async () => (await item.api.list({ path: '/v1/clients', qs: { email }, paginated: true, max: 1 }))[0],
			`The node then looked for a client with the email ${email} and found none: Copilot did not create it, or had not finished. Look again (Client › Get Many, filter Email) before you run this item again.`,
		);
	},
};
