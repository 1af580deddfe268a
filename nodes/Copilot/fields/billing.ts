import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ItemContext } from '../actions/ItemContext';

/**
 * What invoices and subscriptions share: days until due, the payment methods offered, line items
 * (an amount in cents or a price), and who is billed.
 */
export function billingProperties(noun: 'invoice' | 'subscription'): INodeProperties[] {
	return [
		{
			displayName: 'Days Until Due',
			name: 'daysUntilDue',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 30 },
			required: true,
			default: 14,
			description: `Days from when ${noun === 'invoice' ? 'the invoice' : 'each invoice'} is created until it is due (at most 30)`,
		},
		{
			displayName: 'Payment Methods',
			name: 'paymentMethods',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Payment Method',
			required: true,
			default: { methods: [{ type: 'creditCard', feePaidByClient: false }] },
			options: [
				{
					displayName: 'Payment Method',
					name: 'methods',
					values: [
						{
							displayName: 'Type',
							name: 'type',
							type: 'options',
							options: [
								{ name: 'Bank Account', value: 'bankAccount' },
								{ name: 'Credit Card', value: 'creditCard' },
							],
							default: 'creditCard',
						},
						{
							displayName: 'Fee Paid by Client',
							name: 'feePaidByClient',
							type: 'boolean',
							default: false,
							description: 'Whether the client pays the transaction fee instead of you',
						},
					],
				},
			],
		},
		{
			displayName: 'Line Items',
			name: 'lineItems',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Line Item',
			default: {},
			description: 'Required unless a template is given under Additional Fields',
			options: [
				{
					displayName: 'Line Item',
					name: 'items',
					values: [
						{
							displayName: 'Amount (Cents)',
							name: 'amount',
							type: 'number',
							default: 0,
							description: 'The price of one unit in cents; leave 0 when a Price ID is given',
						},
						{ displayName: 'Description', name: 'description', type: 'string', default: '' },
						{
							displayName: 'Price ID',
							name: 'priceId',
							type: 'string',
							default: '',
							description: 'A price from your products, used instead of Amount and Description',
						},
						{ displayName: 'Quantity', name: 'quantity', type: 'number', default: 1 },
					],
				},
			],
		},
	];
}

/** Who is billed and the optional fields both share. */
export function billingOptions(): INodeProperties[] {
	return [
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			description: 'The client billed; leave empty when billing a company',
		},
		{
			displayName: 'Company ID',
			name: 'companyId',
			type: 'string',
			default: '',
			description: 'The company billed, or the company of a client who belongs to several',
		},
		{ displayName: 'Memo', name: 'memo', type: 'string', default: '', description: 'A note shown on the invoice' },
		{ displayName: 'Tax Percentage', name: 'taxPercentage', type: 'number', default: 0 },
		{
			displayName: 'Template ID',
			name: 'templateId',
			type: 'string',
			default: '',
			description: 'An invoice template whose line items, memo and tax are used',
		},
	];
}

function lineItemOf(entry: IDataObject): IDataObject {
	const priceId = typeof entry.priceId === 'string' ? entry.priceId.trim() : '';
	return priceId !== ''
		? { priceId, quantity: entry.quantity }
		: { amount: entry.amount, description: entry.description || undefined, quantity: entry.quantity };
}

/** The body fields both share, checked as Copilot will check them. */
export function billingBody(item: ItemContext, fields: IDataObject): IDataObject {
	const methods = (item.parameter<IDataObject>('paymentMethods', {}).methods ?? []) as IDataObject[];
	if (methods.length === 0) throw item.error('Add at least one payment method');
	const lineItems = ((item.parameter<IDataObject>('lineItems', {}).items ?? []) as IDataObject[]).map(lineItemOf);
	if (lineItems.length === 0 && fields.templateId === undefined) {
		throw item.error('Add at least one line item, or a template under Additional Fields');
	}
	return {
		daysUntilDue: item.parameter<number>('daysUntilDue'),
		paymentMethodPreferences: methods.map(({ type, feePaidByClient }) => ({ type, feePaidByClient: feePaidByClient === true })),
		lineItems: lineItems.length > 0 ? lineItems : undefined,
		templateId: fields.templateId,
		memo: fields.memo,
		taxPercentage: fields.taxPercentage,
		clientId: fields.clientId,
		companyId: fields.companyId,
	};
}
