// Invoices, payments, products, prices and subscriptions.
import { demo, madeId, subscriptionFor, type OperationCase } from './helpers';

export const CASES: OperationCase[] = [
	// Invoice, invoice template, payment, price, product
	{
		resource: 'invoice',
		operation: 'create',
		parameters: (fake) => ({
			daysUntilDue: 14,
			paymentMethods: { methods: [{ type: 'bankAccount', feePaidByClient: true }] },
			lineItems: { items: [{ amount: 120000, description: 'Bookkeeping, November', quantity: 1, priceId: '' }] },
			additionalFields: { clientId: demo(fake).clients[0].id, memo: 'Thank you' },
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/invoices',
			body: {
				daysUntilDue: 14,
				paymentMethodPreferences: [{ type: 'bankAccount', feePaidByClient: true }],
				lineItems: [{ amount: 120000, description: 'Bookkeeping, November', quantity: 1 }],
				clientId: demo(fake).clients[0].id,
				memo: 'Thank you',
			},
		}),
	},
	{
		resource: 'invoice',
		operation: 'get',
		parameters: (fake) => ({ invoiceId: demo(fake).invoices[0].id }),
		request: (fake) => ({ method: 'GET', path: `/v1/invoices/${demo(fake).invoices[0].id}` }),
	},
	{
		resource: 'invoice',
		operation: 'getAll',
		parameters: () => ({ returnAll: true }),
		request: () => ({ method: 'GET', path: '/v1/invoices', query: { limit: '1000' } }),
		items: -1,
	},
	{
		resource: 'invoiceTemplate',
		operation: 'getAll',
		parameters: () => ({ returnAll: true }),
		request: () => ({ method: 'GET', path: '/v1/invoice-templates', query: { limit: '1000' } }),
		items: -1,
	},
	{
		resource: 'payment',
		operation: 'getAll',
		parameters: (fake) => ({ returnAll: true, filters: { invoiceId: demo(fake).invoices[0].id } }),
		request: (fake) => ({ method: 'GET', path: '/v1/payments', query: { invoiceId: demo(fake).invoices[0].id, limit: '1000' } }),
		items: -1,
	},
	{
		resource: 'price',
		operation: 'get',
		parameters: (fake) => ({ priceId: demo(fake).prices[0].id }),
		request: (fake) => ({ method: 'GET', path: `/v1/prices/${demo(fake).prices[0].id}` }),
	},
	{
		resource: 'price',
		operation: 'getAll',
		parameters: (fake) => ({ returnAll: true, filters: { productId: demo(fake).products[0].id } }),
		request: (fake) => ({ method: 'GET', path: '/v1/prices', query: { productId: demo(fake).products[0].id, limit: '1000' } }),
		items: -1,
	},
	{
		resource: 'product',
		operation: 'get',
		parameters: (fake) => ({ productId: demo(fake).products[0].id }),
		request: (fake) => ({ method: 'GET', path: `/v1/products/${demo(fake).products[0].id}` }),
	},
	{
		resource: 'product',
		operation: 'getAll',
		parameters: () => ({ returnAll: true, filters: {} }),
		request: () => ({ method: 'GET', path: '/v1/products', query: { limit: '1000' } }),
		items: -1,
	},
	// Subscription and subscription template
	{
		resource: 'subscription',
		operation: 'create',
		parameters: (fake) => ({
			daysUntilDue: 7,
			paymentMethods: { methods: [{ type: 'creditCard', feePaidByClient: false }] },
			lineItems: { items: [{ amount: 0, description: '', quantity: 2, priceId: demo(fake).prices[0].id }] },
			collectionMethod: 'chargeAutomatically',
			additionalFields: { companyId: demo(fake).companies[0].id, interval: 'month', intervalCount: 1 },
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/subscriptions',
			body: {
				daysUntilDue: 7,
				paymentMethodPreferences: [{ type: 'creditCard', feePaidByClient: false }],
				lineItems: [{ priceId: demo(fake).prices[0].id, quantity: 2 }],
				collectionMethod: 'chargeAutomatically',
				companyId: demo(fake).companies[0].id,
				interval: 'month',
				intervalCount: 1,
			},
		}),
	},
	{
		resource: 'subscription',
		operation: 'get',
		parameters: (fake) => ({ subscriptionId: subscriptionFor(fake, 'subscription') }),
		request: (fake) => ({ method: 'GET', path: `/v1/subscriptions/${madeId(fake, 'subscription')}` }),
	},
	{
		resource: 'subscription',
		operation: 'getAll',
		parameters: () => ({ returnAll: true }),
		request: () => ({ method: 'GET', path: '/v1/subscriptions', query: { limit: '1000' } }),
		items: -1,
	},
	{
		resource: 'subscription',
		operation: 'cancel',
		parameters: (fake) => ({ subscriptionId: subscriptionFor(fake, 'cancelMe') }),
		request: (fake) => ({ method: 'POST', path: `/v1/subscriptions/${madeId(fake, 'cancelMe')}/cancel` }),
	},
	{
		resource: 'subscriptionTemplate',
		operation: 'getAll',
		parameters: () => ({ returnAll: true }),
		request: () => ({ method: 'GET', path: '/v1/subscription-templates', query: { limit: '1000' } }),
		items: -1,
	},
];
