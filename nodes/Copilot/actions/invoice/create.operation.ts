import { billingBody, billingOptions, billingProperties } from '../../fields/billing';
import { definedOnly } from '../../fields/values';
import type { CopilotOperation } from '../types';

export const create: CopilotOperation = {
	option: { name: 'Create', value: 'create', action: 'Create and send an invoice', description: 'Create an invoice and send it to the client to pay' },
	properties: [
		...billingProperties('invoice'),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: billingOptions(),
		},
	],
	async execute(item) {
		return await item.request({
			method: 'POST',
			path: '/v1/invoices',
			check: 'Look at the client’s invoices (Invoice › Get Many) before you run this item again: a second invoice would bill them twice.',
			body: definedOnly(billingBody(item, item.fields('additionalFields'))),
		});
	},
};
