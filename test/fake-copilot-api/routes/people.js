// Workspace, clients, companies and internal users.
const { invalid, requireFields } = require('../errors');
const { list, remove, retrieve } = require('./generic');

/** customFields merged key by key; "" or [] removes a key, as Copilot clears a field. */
function mergeCustomFields(current = {}, given = {}) {
	const merged = { ...current };
	for (const [key, value] of Object.entries(given)) {
		if (value === '' || (Array.isArray(value) && value.length === 0)) delete merged[key];
		else merged[key] = value;
	}
	return merged;
}

function requireCompany(store, companyId) {
	if (companyId !== undefined && !store.get('company', companyId)) throw invalid('companyId does not match a company');
}

function createClient({ store, body, query }) {
	requireFields(body, 'givenName', 'familyName', 'email');
	if (store.list('client').some((client) => client.email === body.email)) {
		throw invalid('A client with this email already exists');
	}
	requireCompany(store, body.companyId);
	const companyId =
		body.companyId ??
		store.add('company', { name: `${body.givenName} ${body.familyName}`, isPlaceholder: true, customFields: {} }).id;
	return store.add('client', {
		...body,
		companyId,
		companyIds: [companyId],
		customFields: mergeCustomFields({}, body.customFields),
		status: query.sendInvite === 'true' ? 'invited' : 'notInvited',
		creationMethod: 'api',
	});
}

function updateClient({ store, params, body, query }) {
	const client = store.find('client', params.id, 'Client');
	requireCompany(store, body.companyId);
	const changes = { ...body, customFields: mergeCustomFields(client.customFields, body.customFields) };
	if (body.companyId !== undefined) changes.companyIds = [body.companyId];
	if (query.sendInvite === 'true') changes.status = 'invited';
	return store.update('client', client.id, changes);
}

function replaceClient({ store, params, body }) {
	const client = store.find('client', params.id, 'Client');
	requireFields(body, 'givenName', 'familyName');
	requireCompany(store, body.companyId);
	return store.update('client', client.id, {
		givenName: body.givenName,
		familyName: body.familyName,
		companyId: body.companyId ?? '',
		companyIds: body.companyId ? [body.companyId] : [],
		customFields: body.customFields ?? {},
	});
}

function createCompany({ store, body }) {
	requireFields(body, 'name');
	if (store.list('company').some((company) => company.name === body.name)) throw invalid('name must be unique');
	return store.add('company', { customFields: {}, ...body, isPlaceholder: false });
}

function updateCompany({ store, params, body }) {
	const company = store.find('company', params.id, 'Company');
	return store.update('company', company.id, {
		...(body.name !== undefined ? { name: body.name } : {}),
		customFields: mergeCustomFields(company.customFields, body.customFields),
	});
}

module.exports = [
	['GET', '/v1/workspaces', ({ store }) => store.list('workspace')[0] ?? { id: 'workspace', object: 'workspace', brandName: 'Fake Copilot' }],
	['POST', '/v1/clients', createClient],
	['GET', '/v1/clients', list('client', { filters: ['companyId', 'email', 'givenName', 'familyName'] })],
	['GET', '/v1/clients/{id}', retrieve('client', 'Client')],
	['PATCH', '/v1/clients/{id}', updateClient],
	['PUT', '/v1/clients/{id}', replaceClient],
	['DELETE', '/v1/clients/{id}', remove('client', 'Client')],
	['POST', '/v1/companies', createCompany],
	['GET', '/v1/companies', list('company', { filters: ['name', 'isPlaceholder'] })],
	['GET', '/v1/companies/{id}', retrieve('company', 'Company')],
	['PATCH', '/v1/companies/{id}', updateCompany],
	['DELETE', '/v1/companies/{id}', remove('company', 'Company')],
	['GET', '/v1/internal-users', list('internalUser')],
	['GET', '/v1/internal-users/{id}', retrieve('internalUser', 'Internal user')],
];
