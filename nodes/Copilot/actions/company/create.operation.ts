import type { INodeProperties } from 'n8n-workflow';

import type { CopilotOperation } from '../types';
import { companyAdditionalFields, createCompany } from './creation';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'The company’s name, unique in the workspace',
	},
	companyAdditionalFields(' (can only be set when the company is created)'),
];

export const create: CopilotOperation = {
	option: { name: 'Create', value: 'create', action: 'Create a company', description: 'Create a company' },
	properties,
	async execute(item) {
		return await createCompany(item, item.text('name'), item.fields('additionalFields'));
	},
};
