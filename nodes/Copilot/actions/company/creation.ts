import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { customFieldOptions, customFieldsOf } from '../../fields/customFields';
import { definedOnly } from '../../fields/values';
import type { ItemContext } from '../ItemContext';

/** Additional Fields of Company › Create and Create or Update. */
export function companyAdditionalFields(createOnly: string): INodeProperties {
	return {
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
				description: `The colour shown behind the company’s initials when it has no icon${createOnly}`,
			},
			{
				displayName: 'Icon Image URL',
				name: 'iconImageUrl',
				type: 'string',
				default: '',
				description: `A public URL of the company’s icon${createOnly}`,
			},
		],
	};
}

/** The companies named exactly `name`, as Copilot's own name filter finds them (at most `max`). */
export async function companiesNamed(item: ItemContext, name: string, max = 1): Promise<IDataObject[]> {
	return await item.api.list({ path: '/v1/companies', qs: { name }, paginated: true, max });
}

/**
 * Creates a company; should Copilot's answer be lost, the node looks the name up (Copilot keeps
 * company names unique) and outputs the company it finds, rather than sending the create again.
 */
export async function createCompany(item: ItemContext, name: string, fields: IDataObject) {
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
		{
			find: async () => (await companiesNamed(item, name))[0],
			notFound: `The node then looked for a company named ${name} and found none: Copilot did not create it, or had not finished. Look again (Company › Get Many, filter Name) before you run this item again.`,
			lookUpFailed: (reason) =>
				`The node then tried to look for a company named ${name}, but that failed too (${reason}), so whether Copilot created it is unknown. Look (Company › Get Many, filter Name) before you run this item again.`,
		},
	);
}
