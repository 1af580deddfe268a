// The workspace, clients, companies and internal users.
const { DEFAULT_WORKSPACE_ID } = require('../keys');
const { behaviour, enforce } = require('../server-rules');
const { requireReference } = require('../validation');
const { list, remove, retrieve } = require('./generic');

// Answered when no workspace was seeded, so a credential test passes on a bare fake.
const DEFAULT_WORKSPACE = {
	id: DEFAULT_WORKSPACE_ID,
	object: 'workspace',
	brandName: 'Fake Copilot',
	portalUrl: 'https://fake-copilot.example.com',
	industry: 'Other',
	isCompaniesEnabled: true,
	labels: { individualTerm: 'Client', individualTermPlural: 'Clients', groupTerm: 'Company', groupTermPlural: 'Companies' },
};

/** customFields merged key by key; a key set to "" or [] is removed, as Copilot clears a field. */
function mergeCustomFields(current = {}, given = {}) {
	behaviour('patch-changes-given-fields');
	behaviour('multi-select-replaced-whole');
	const merged = { ...current };
	for (const [key, value] of Object.entries(given)) {
		if (value === '' || (Array.isArray(value) && value.length === 0)) delete merged[key];
		else merged[key] = value;
	}
	return merged;
}

function requireUniqueEmail(store, email) {
	const taken = store.list('client').some((client) => client.email === email);
	enforce('client-email-unique', !taken, `A client with email ${email} already exists`);
}

function requireUniqueCompanyName(store, name, exceptId) {
	const taken = store.list('company').some((company) => company.name === name && company.id !== exceptId);
	enforce('company-name-unique', !taken, `A company named ${name} already exists`);
}

function createClient({ store, body, query }) {
	requireReference(store, body, 'companyId', 'company');
	requireUniqueEmail(store, body.email);
	// Without a company Copilot makes a placeholder one, with an empty name.
	if (body.companyId === undefined) behaviour('placeholder-company');
	const companyId = body.companyId ?? store.add('company', { name: '', isPlaceholder: true, customFields: {} }).id;
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
	requireReference(store, body, 'companyId', 'company');
	// An email cannot be changed through the API; Copilot's update bodies have no such field.
	const changes = { ...body, email: client.email, customFields: mergeCustomFields(client.customFields, body.customFields) };
	if (body.companyId !== undefined) {
		behaviour('company-id-replaces');
		changes.companyIds = [body.companyId];
	}
	if (query.sendInvite === 'true') changes.status = 'invited';
	return store.update('client', client.id, changes);
}

/** PUT replaces name, company and custom fields: what is left out is cleared. */
function replaceClient({ store, params, body }) {
	behaviour('put-clears-unspecified');
	behaviour('company-id-replaces');
	const client = store.find('client', params.id, 'Client');
	requireReference(store, body, 'companyId', 'company');
	const companyId = body.companyId || '';
	return store.update('client', client.id, {
		...body,
		email: client.email,
		companyId,
		companyIds: companyId ? [companyId] : [],
		customFields: body.customFields ?? {},
	});
}

function createCompany({ store, body }) {
	requireUniqueCompanyName(store, body.name);
	return store.add('company', {
		fallbackColor: '#9BBFFF',
		iconImageUrl: '',
		...body,
		customFields: mergeCustomFields({}, body.customFields),
		isPlaceholder: false,
	});
}

function updateCompany({ store, params, body }) {
	const company = store.find('company', params.id, 'Company');
	if (body.name !== undefined) requireUniqueCompanyName(store, body.name, company.id);
	return store.update('company', company.id, {
		...body,
		customFields: mergeCustomFields(company.customFields, body.customFields),
	});
}

module.exports = [
	['GET', '/v1/workspaces', ({ store }) => store.list('workspace')[0] ?? DEFAULT_WORKSPACE, 'retrieveWorkspace'],
	['POST', '/v1/clients', createClient, 'createClient'],
	['GET', '/v1/clients', list('client', { filters: ['companyId', 'email', 'givenName', 'familyName'] }), 'listClients'],
	['GET', '/v1/clients/{id}', retrieve('client', 'Client'), 'retrieveClient'],
	['PATCH', '/v1/clients/{id}', updateClient, 'updateClient'],
	['PUT', '/v1/clients/{id}', replaceClient, 'updateAClientDestructive'],
	['DELETE', '/v1/clients/{id}', remove('client', 'Client'), 'deleteClient'],
	['POST', '/v1/companies', createCompany, 'createCompany'],
	['GET', '/v1/companies', list('company', { filters: ['name', 'isPlaceholder'] }), 'listCompanies'],
	['GET', '/v1/companies/{id}', retrieve('company', 'Company'), 'retrieveCompany'],
	['PATCH', '/v1/companies/{id}', updateCompany, 'updateCompany'],
	['DELETE', '/v1/companies/{id}', remove('company', 'Company'), 'deleteCompany'],
	['GET', '/v1/internal-users', list('internalUser'), 'listInternalUsers'],
	['GET', '/v1/internal-users/{id}', retrieve('internalUser', 'Internal user'), 'retrieveInternalUser'],
];
