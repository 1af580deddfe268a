import type { INodeProperties } from 'n8n-workflow';

import { customFieldOptions, customFieldsOf } from '../../fields/customFields';
import { definedOnly } from '../../fields/values';
import type { CopilotOperation } from '../types';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'The company’s name, unique in the workspace',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...customFieldOptions('company'),
			{
				displayName: 'Fallback Color',
				name: 'fallbackColor',
				type: 'color',
				default: '',
				description: 'The colour shown behind the company’s initials when it has no icon',
			},
			{
				displayName: 'Icon Image URL',
				name: 'iconImageUrl',
				type: 'string',
				default: '',
				description: 'A public URL of the company’s icon (can only be set when the company is created)',
			},
		],
	},
];

export const create: CopilotOperation = {
	option: { name: 'Create', value: 'create', action: 'Create a company', description: 'Create a company' },
	properties,
	async execute(item) {
		const fields = item.fields('additionalFields');
		const name = item.text('name');
		return await item.createFindable(
			{
				method: 'POST',
				path: '/v1/companies',
				body: definedOnly({
					name,
					iconImageUrl: fields.iconImageUrl,
					fallbackColor: fields.fallbackColor,
					customFields: customFieldsOf(item, fields),
				}),
			},
			// Copilot keeps company names unique.
			async () => (await item.api.list({ path: '/v1/companies', qs: { name }, paginated: true, max: 1 }))[0],
			`The node then looked for a company named ${name} and found none: Copilot did not create it, or had not finished. Look again (Company › Get Many, filter Name) before you run this item again.`,
		);
	},
};
