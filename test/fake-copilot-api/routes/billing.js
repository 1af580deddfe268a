// Invoices, invoice templates, payments, products, prices, subscriptions and their templates.
const { companyForClient, enforce } = require('../server-rules');
const { requireNonEmptyArray, requireReference } = require('../validation');
const { list, retrieve } = require('./generic');

/** What invoices and subscriptions check alike; `templateKind` is where their `templateId` points. */
function checkBilling(store, body, templateKind) {
	enforce(
		'billing-days-until-due',
		Number.isInteger(body.daysUntilDue) && body.daysUntilDue >= 1 && body.daysUntilDue <= 30,
		'daysUntilDue must be a whole number from 1 to 30',
	);
	requireNonEmptyArray(body, 'paymentMethodPreferences');
	requireReference(store, body, 'templateId', templateKind);
	requireReference(store, body, 'clientId', 'client');
	enforce('billing-line-items', body.templateId !== undefined || body.lineItems?.length > 0, 'lineItems is required without a templateId');
	for (const item of body.lineItems ?? []) {
		enforce('billing-line-items', item.quantity > 0, 'quantity of each line item must be a positive number');
		enforce('billing-line-items', item.amount !== undefined || item.priceId !== undefined, 'each line item needs an amount or a priceId');
		requireReference(store, item, 'priceId', 'price');
	}
	return companyForClient(store, body.clientId, body.companyId);
}

/** In cents, as Copilot counts: a line's own amount, or its price's, times its quantity. */
function total(store, lineItems = []) {
	return lineItems.reduce((sum, item) => sum + (item.amount ?? store.get('price', item.priceId).amount ?? 0) * item.quantity, 0);
}

/** The company, filled in as Copilot does for a client of one company. */
const withCompany = (body, companyId) => (companyId === undefined ? body : { ...body, companyId });

function createInvoice({ store, body }) {
	const companyId = checkBilling(store, body, 'invoiceTemplate');
	return store.add('invoice', { ...withCompany(body, companyId), status: 'open', total: total(store, body.lineItems) });
}

function createSubscription({ store, body }) {
	const companyId = checkBilling(store, body, 'subscriptionTemplate');
	return store.add('subscription', { interval: 'month', intervalCount: 1, ...withCompany(body, companyId), status: 'active' });
}

function cancelSubscription({ store, params }) {
	const subscription = store.find('subscription', params.id, 'Subscription');
	return store.update('subscription', subscription.id, { status: 'canceled', canceledAt: new Date().toISOString() });
}

/** Copilot's product filter `name` ignores case (SDK: listProducts, name: "Case-insensitive"). */
const nameIgnoringCase = (record, query) => !query.name || String(record.name ?? '').toLowerCase() === query.name.toLowerCase();

module.exports = [
	['GET', '/v1/invoices', list('invoice'), 'listInvoices'],
	['GET', '/v1/invoices/{id}', retrieve('invoice', 'Invoice'), 'retrieveInvoice'],
	['POST', '/v1/invoices', createInvoice, 'createInvoice'],
	['GET', '/v1/invoice-templates', list('invoiceTemplate'), 'listInvoiceTemplates'],
	['GET', '/v1/payments', list('payment', { filters: ['invoiceId'] }), 'listPayments'],
	['GET', '/v1/products', list('product', { where: nameIgnoringCase }), 'listProducts'],
	['GET', '/v1/products/{id}', retrieve('product', 'Product'), 'retrieveProduct'],
	['GET', '/v1/prices', list('price', { filters: ['productId'] }), 'listPrices'],
	['GET', '/v1/prices/{id}', retrieve('price', 'Price'), 'retrievePrice'],
	['POST', '/v1/subscriptions', createSubscription, 'createSubscription'],
	['GET', '/v1/subscriptions', list('subscription'), 'listSubscriptions'],
	['GET', '/v1/subscriptions/{id}', retrieve('subscription', 'Subscription'), 'retrieveSubscription'],
	['POST', '/v1/subscriptions/{id}/cancel', cancelSubscription, 'cancelSubscription'],
	['GET', '/v1/subscription-templates', list('subscriptionTemplate'), 'listSubscriptionTemplates'],
];
