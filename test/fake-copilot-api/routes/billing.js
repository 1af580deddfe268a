// Invoices, invoice templates, payments, products, prices, subscriptions and their templates.
const { invalid } = require('../errors');
const { isObject, requireFields, requireNonEmptyArray, requireOneOf, requireReference } = require('../validation');
const { list, retrieve } = require('./generic');

const PAYMENT_METHODS = ['creditCard', 'bankAccount'];

/** What invoices and subscriptions check alike; `templateKind` is where their `templateId` points. */
function checkBilling(store, body, templateKind) {
	requireFields(body, 'daysUntilDue', 'paymentMethodPreferences');
	if (!Number.isInteger(body.daysUntilDue) || body.daysUntilDue < 1 || body.daysUntilDue > 30) {
		throw invalid('daysUntilDue must be a whole number from 1 to 30');
	}
	requireNonEmptyArray(body, 'paymentMethodPreferences');
	for (const preference of body.paymentMethodPreferences) {
		if (!isObject(preference)) throw invalid('paymentMethodPreferences must hold objects');
		requireFields(preference, 'type');
		requireOneOf(preference, 'type', PAYMENT_METHODS);
	}
	requireReference(store, body, 'templateId', templateKind);
	if (body.templateId === undefined) requireNonEmptyArray(body, 'lineItems');
	for (const item of body.lineItems ?? []) checkLineItem(store, item);
}

function checkLineItem(store, item) {
	if (!isObject(item)) throw invalid('lineItems must hold objects');
	if (!(typeof item.quantity === 'number' && item.quantity > 0)) throw invalid('quantity of each line item must be a positive number');
	if (item.amount === undefined && item.priceId === undefined) throw invalid('each line item needs an amount or a priceId');
	requireReference(store, item, 'priceId', 'price');
}

/** In cents, as Copilot counts: a line's own amount, or its price's, times its quantity. */
function total(store, lineItems = []) {
	return lineItems.reduce((sum, item) => sum + (item.amount ?? store.get('price', item.priceId).amount ?? 0) * item.quantity, 0);
}

function createInvoice({ store, body }) {
	checkBilling(store, body, 'invoiceTemplate');
	return store.add('invoice', { ...body, status: 'open', total: total(store, body.lineItems) });
}

function createSubscription({ store, body }) {
	checkBilling(store, body, 'subscriptionTemplate');
	requireFields(body, 'collectionMethod');
	requireOneOf(body, 'collectionMethod', ['sendInvoice', 'chargeAutomatically']);
	return store.add('subscription', { interval: 'month', intervalCount: 1, ...body, status: 'active' });
}

function cancelSubscription({ store, params }) {
	const subscription = store.find('subscription', params.id, 'Subscription');
	return store.update('subscription', subscription.id, { status: 'canceled', canceledAt: new Date().toISOString() });
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
