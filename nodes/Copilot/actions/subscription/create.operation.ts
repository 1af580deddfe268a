import type { INodeProperties } from 'n8n-workflow';

import { billingBody, billingOptions, billingProperties } from '../../fields/billing';
import { sortedByName } from '../../fields/list';
import { definedOnly } from '../../fields/values';
import type { CopilotOperation } from '../types';

const properties: INodeProperties[] = [
	...billingProperties('subscription'),
	{
		displayName: 'Collection Method',
		name: 'collectionMethod',
		type: 'options',
		options: [
			{ name: 'Charge Automatically', value: 'chargeAutomatically' },
			{ name: 'Send Invoice', value: 'sendInvoice' },
		],
		default: 'sendInvoice',
		description: 'Whether each invoice is charged to the client’s saved payment method or sent for them to pay',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: sortedByName([
			...billingOptions(),
			{
				displayName: 'Interval',
				name: 'interval',
				type: 'options',
				options: [
					{ name: 'Day', value: 'day' },
					{ name: 'Month', value: 'month' },
					{ name: 'Quarter', value: 'quarterly' },
					{ name: 'Week', value: 'week' },
					{ name: 'Year', value: 'yearly' },
				],
				default: 'month',
				description: 'How often the client is billed; needed unless the line items use a recurring price',
			},
			{
				displayName: 'Interval Count',
				name: 'intervalCount',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'Bill every this many intervals',
			},
		]),
	},
];

export const create: CopilotOperation = {
	option: { name: 'Create', value: 'create', action: 'Create a subscription and start billing', description: 'Start billing a client on a schedule' },
	properties,
	async execute(item) {
		const fields = item.fields('additionalFields');
		return await item.request({
			method: 'POST',
			path: '/v1/subscriptions',
			check: 'Look at the client’s subscriptions (Subscription › Get Many) before you run this item again: a second subscription would charge them twice.',
			body: definedOnly({
				...billingBody(item, fields),
				collectionMethod: item.text('collectionMethod'),
				interval: fields.interval,
				intervalCount: fields.intervalCount,
			}),
		});
	},
};
