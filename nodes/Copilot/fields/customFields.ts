import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ItemContext } from '../actions/ItemContext';
import { nonEmpty } from './values';

export type CustomFieldEntity = 'client' | 'company';

/**
 * Two ways to set custom fields, offered inside a create or update collection: a JSON object keyed
 * by custom-field key, and a list of fields picked by name from the workspace's own custom fields.
 */
export function customFieldOptions(entity: CustomFieldEntity): INodeProperties[] {
	return [
		{
			displayName: 'Custom Field Values',
			name: 'customFieldValues',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Custom Field',
			default: {},
			description: 'Custom fields chosen from your workspace. These win over the same keys in Custom Fields (JSON).',
			options: [
				{
					displayName: 'Field',
					name: 'values',
					values: [
						{
							displayName: 'Field Name or ID',
							name: 'key',
							type: 'options',
							typeOptions: { loadOptionsMethod: entity === 'client' ? 'getClientCustomFields' : 'getCompanyCustomFields' },
							default: '',
							description:
								'Choose from the list, or specify a custom-field key using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
						},
						{
							displayName: 'Value',
							name: 'value',
							type: 'string',
							default: '',
							description: 'For a multi-select, an expression giving an array of option keys, such as {{ ["vip"] }}',
						},
					],
				},
			],
		},
		{
			displayName: 'Custom Fields (JSON)',
			name: 'customFields',
			type: 'json',
			default: '{}',
			description:
				'Values keyed by custom-field key, e.g. {"phoneNumber": "+1 555 0100", "tags": ["vip"]}. A multi-select takes an array of option keys; an empty string or array clears a field.',
		},
	];
}

/** The custom fields a create or update sends, from both parameters; undefined when none is set. */
export function customFieldsOf(item: ItemContext, fields: IDataObject): IDataObject | undefined {
	const fromJson = fields.customFields === undefined ? {} : item.jsonObject('Custom Fields (JSON)', fields.customFields);
	const picked = ((fields.customFieldValues as IDataObject | undefined)?.values ?? []) as IDataObject[];
	const merged: IDataObject = { ...fromJson };
	for (const { key, value } of picked) {
		if (typeof key === 'string' && key !== '') merged[key] = value as IDataObject[string];
	}
	return nonEmpty(merged);
}
