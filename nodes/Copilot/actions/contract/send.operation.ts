import type { INodeProperties } from 'n8n-workflow';

import { clientLocator, loadedOptionField } from '../../fields/locators';
import { definedOnly, nonEmpty } from '../../fields/values';
import type { CopilotOperation } from '../types';

const properties: INodeProperties[] = [
	loadedOptionField('contractTemplateId', 'Contract Template Name or ID', 'getContractTemplates', 'The contract to send'),
	clientLocator('clientId', 'Client'),
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
				description: 'The client’s company; needed when the client belongs to several',
			},
			{
				displayName: 'Variable Values (JSON)',
				name: 'variableValues',
				type: 'json',
				default: '{}',
				description: 'Values for the template’s variable inputs, keyed by input ID, e.g. {"fee": "1,200 USD"}',
			},
		],
	},
];

export const send: CopilotOperation = {
	option: { name: 'Send', value: 'send', action: 'Send a contract', description: 'Send a contract from a template for a client to sign' },
	properties,
	async execute(item) {
		const fields = item.fields('additionalFields');
		const variableValues =
			fields.variableValues === undefined ? {} : item.jsonObject('Variable Values (JSON)', fields.variableValues);
		return await item.request({
			method: 'POST',
			path: '/v1/contracts',
			check: 'Look at the client’s contracts (Contract › Get Many) before you run this item again: a second run would send the contract twice.',
			body: definedOnly({
				contractTemplateId: item.text('contractTemplateId'),
				clientId: item.id('clientId'),
				companyId: fields.companyId,
				variableValues: nonEmpty(variableValues),
			}),
		});
	},
};
