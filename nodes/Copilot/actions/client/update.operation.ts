import type { INodeProperties } from 'n8n-workflow';

import { customFieldOptions, customFieldsOf } from '../../fields/customFields';
import { clientLocator } from '../../fields/locators';
import { definedOnly } from '../../fields/values';
import { resourcePath } from '../../transport/client';
import type { CopilotOperation } from '../types';

const properties: INodeProperties[] = [
	clientLocator(),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Company ID',
				name: 'companyId',
				type: 'string',
				default: '',
				description: 'Moves the client to this company, replacing its current companies',
			},
			...customFieldOptions('client'),
			{ displayName: 'Family Name', name: 'familyName', type: 'string', default: '' },
			{ displayName: 'Given Name', name: 'givenName', type: 'string', default: '' },
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

export const update: CopilotOperation = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a client',
		description: 'Change the given fields of a client and keep the others',
	},
	properties,
	async execute(item) {
		const clientId = item.id('clientId');
		const fields = item.fields('updateFields');
		const body = item.updateBody(
			definedOnly({
				givenName: fields.givenName,
				familyName: fields.familyName,
				companyId: fields.companyId,
				customFields: customFieldsOf(item, fields),
			}),
			fields.sendInvite !== undefined,
		);
		return await item.request({
			method: 'PATCH',
			path: resourcePath('/v1/clients', clientId),
			qs: { sendInvite: fields.sendInvite },
			body,
		});
	},
};
