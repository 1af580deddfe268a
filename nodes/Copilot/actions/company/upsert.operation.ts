import type { INodeProperties } from 'n8n-workflow';

import { customFieldsOf } from '../../fields/customFields';
import { definedOnly } from '../../fields/values';
import type { CopilotOperation } from '../types';
import { realChanges, upsertRecord } from '../upsert';
import { companiesNamed, companyAdditionalFields, createCompany } from './creation';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description:
			'Finds the company to update: the one with exactly this name, as Copilot’s own name filter matches. Without one, a company is created with it. The output’s "upsert" field says created, updated or unchanged.',
	},
	companyAdditionalFields(' (can only be set when the company is created: ignored on update)'),
];

export const upsert: CopilotOperation = {
	option: {
		name: 'Create or Update',
		value: 'upsert',
		action: 'Create or update a company',
		description: 'Create a new record, or update the current one if it already exists (upsert)',
	},
	properties,
	async execute(item) {
		const name = item.text('name');
		if (name === '') throw item.error('Name is empty: Create or Update finds the company by name');
		const fields = item.fields('additionalFields');
		return await upsertRecord(item, {
			find: async (max) => await companiesNamed(item, name, max),
			create: async () => await createCompany(item, name, fields),
			changes: (company) => realChanges(company, definedOnly({ customFields: customFieldsOf(item, fields) })),
			collection: '/v1/companies',
			several: `companies are named ${name}`,
			severalHint: 'Update the one you mean with Company › Update, or rename the others in Copilot.',
		});
	},
};
