import type { INodeProperties } from 'n8n-workflow';

import { customFieldsOf } from '../../fields/customFields';
import { definedOnly } from '../../fields/values';
import { resourcePath } from '../../transport/client';
import type { CopilotOperation } from '../types';
import { realChanges, withOutcome } from '../upsert';
import { companiesNamed, companyAdditionalFields, createCompany } from './creation';

/** More than any workspace should hold under one name; enough to say how many there are. */
const NAMESAKES_SHOWN = 25;

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
		const found = await companiesNamed(item, name, NAMESAKES_SHOWN + 1);
		if (found.length > 1) {
			const ids = found.slice(0, NAMESAKES_SHOWN).map((company) => String(company.id));
			throw item.error(
				`${found.length > NAMESAKES_SHOWN ? `More than ${NAMESAKES_SHOWN}` : found.length} companies are named ${name}, so the node cannot tell which to update`,
				`Their IDs: ${ids.join(', ')}. Update the one you mean with Company › Update, or rename the others in Copilot.`,
			);
		}
		const [company] = found;
		if (!company) return withOutcome(await createCompany(item, name, fields), 'created');
		const changes = realChanges(company, definedOnly({ customFields: customFieldsOf(item, fields) }));
		if (Object.keys(changes).length === 0) return withOutcome(company, 'unchanged');
		const updated = await item.request({ method: 'PATCH', path: resourcePath('/v1/companies', String(company.id)), body: changes });
		return withOutcome(updated, 'updated');
	},
};
