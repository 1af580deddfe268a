import type { INodeProperties } from 'n8n-workflow';

import { customFieldOptions, customFieldsOf } from '../../fields/customFields';
import { companyLocator } from '../../fields/locators';
import { definedOnly } from '../../fields/values';
import { resourcePath } from '../../transport/client';
import type { CopilotOperation } from '../types';

const properties: INodeProperties[] = [
	companyLocator(),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...customFieldOptions('company'),
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'The new name, unique in the workspace' },
		],
	},
];

export const update: CopilotOperation = {
	option: { name: 'Update', value: 'update', action: 'Update a company', description: 'Change the given fields of a company' },
	properties,
	async execute(item) {
		const companyId = item.id('companyId');
		const fields = item.fields('updateFields');
		const body = item.updateBody(definedOnly({ name: fields.name, customFields: customFieldsOf(item, fields) }));
		return await item.request({ method: 'PATCH', path: resourcePath('/v1/companies', companyId), body });
	},
};
