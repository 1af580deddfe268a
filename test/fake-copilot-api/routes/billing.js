// Invoices, invoice templates, payments, products, prices, subscriptions and their templates.
const { invalid, requireFields, requireOneOf } = require('../errors');
const { list, retrieve } = require('./generic');

/** What invoices and subscriptions check alike. */
function billingFields(body) {
	requireFields(body, 'daysUntilDue', 'paymentMethodPreferences');
	if (!Number.isInteger(body.daysUntilDue) || body.daysUntilDue < 0 || body.daysUntilDue > 30) {
		throw invalid('daysUntilDue must be a whole number from 0 to 30');
	}
	if (!Array.isArray(body.paymentMethodPreferences) || body.paymentMethodPreferences.length === 0) {
		throw invalid('paymentMethodPreferences must be a non-empty array');
	}
	for (const preference of body.paymentMethodPreferences) requireOneOf(preference, 'type', ['creditCard', 'bankAccount']);
	if (body.templateId === undefined && !(Array.isArray(body.lineItems) && body.lineItems.length > 0)) {
		throw invalid('lineItems is required when templateId is not given');
	}
	for (const item of body.lineItems ?? []) {
		requireFields(item, 'quantity');
		if (item.amount === undefined && item.priceId === undefined) throw invalid('each line item needs an amount or a priceId');
	}
}

function total(lineItems = []) {
	return lineItems.reduce((sum, item) => sum + (item.amount ?? 0) * item.quantity, 0);
}

function createInvoice({ store, body }) {
	billingFields(body);
	return store.add('invoice', { status: 'open', total: total(body.lineItems), ...body });
}

function createSubscription({ store, body }) {
	billingFields(body);
	requireFields(body, 'collectionMethod');
	requireOneOf(body, 'collectionMethod', ['sendInvoice', 'chargeAutomatically']);
	return store.add('subscription', { status: 'active', intervalCount: 1, ...body });
}

function cancelSubscription({ store, params }) {
	store.find('subscription', params.id, 'Subscription');
	return store.update('subscription', params.id, { status: 'canceled', canceledAt: new Date().toISOString() });
}

module.exports = [
	['GET', '/v1/invoices', list('invoice')],
	['GET', '/v1/invoices/{id}', retrieve('invoice', 'Invoice')],
	['POST', '/v1/invoices', createInvoice],
	['GET', '/v1/invoice-templates', list('invoiceTemplate')],
	['GET', '/v1/payments', list('payment', { filters: ['invoiceId'] })],
	['GET', '/v1/products', list('product', { filters: ['name'] })],
	['GET', '/v1/products/{id}', retrieve('product', 'Product')],
	['GET', '/v1/prices', list('price', { filters: ['productId'] })],
	['GET', '/v1/prices/{id}', retrieve('price', 'Price')],
	['POST', '/v1/subscriptions', createSubscription],
	['GET', '/v1/subscriptions', list('subscription')],
	['GET', '/v1/subscriptions/{id}', retrieve('subscription', 'Subscription')],
	['POST', '/v1/subscriptions/{id}/cancel', cancelSubscription],
	['GET', '/v1/subscription-templates', list('subscriptionTemplate')],
];
