import type { INodeProperties } from 'n8n-workflow';

import { customFieldOptions, customFieldsOf } from '../../fields/customFields';
import { clientLocator } from '../../fields/locators';
import { definedOnly } from '../../fields/values';
import { resourcePath } from '../../transport/client';
import type { CopilotOperation } from '../types';

const properties: INodeProperties[] = [
	clientLocator(),
	{
		displayName: 'This replaces the client’s names, company and custom fields: whatever is left out here is cleared in Copilot',
		name: 'replaceNotice',
		type: 'notice',
		default: '',
	},
	{ displayName: 'Given Name', name: 'givenName', type: 'string', required: true, default: '' },
	{ displayName: 'Family Name', name: 'familyName', type: 'string', required: true, default: '' },
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
				description: 'The client’s company; left out, the client is removed from its company',
			},
			...customFieldOptions('client'),
		],
	},
];

export const replace: CopilotOperation = {
	option: {
		name: 'Replace',
		value: 'replace',
		action: 'Replace a client',
		description: 'Overwrite a client’s names, company and custom fields, clearing those left out',
	},
	properties,
	async execute(item) {
		const fields = item.fields('additionalFields');
		return await item.request({
			method: 'PUT',
			path: resourcePath('/v1/clients', item.id('clientId')),
			body: definedOnly({
				givenName: item.text('givenName'),
				familyName: item.text('familyName'),
				companyId: fields.companyId,
				customFields: customFieldsOf(item, fields),
			}),
		});
	},
};
