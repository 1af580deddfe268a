// Custom apps installed in the workspace, and their connections: content (an embed or a link) that a
// client, a few clients of one company, or a whole company sees in the portal.
const { companyForClient, enforce } = require('../server-rules');

/** Copilot answers these two lists as bare arrays (the SDK's listAppInstalls and listAppConnections). */
const listInstalls = ({ store }) => store.list('appInstall');

function retrieveInstall({ store, params }) {
	return store.find('appInstall', params.installId, 'App install');
}

function listConnections({ store, params, query }) {
	const install = store.find('appInstall', params.installId, 'App install');
	return store
		.list('appConnection')
		.filter((connection) => connection.installId === install.id)
		.filter((connection) => !query.clientId || (connection.clientIds ?? []).includes(query.clientId))
		.filter((connection) => !query.companyId || connection.companyId === query.companyId);
}

function createConnection({ store, params, body }) {
	const install = store.find('appInstall', params.installId, 'App install');
	enforce('app-connection-manual-install', install.type === 'manual', 'App connections can only be created for a manual app install');
	const clientIds = body.clientIds ?? [];
	enforce('app-connection-members', Boolean(body.companyId) || clientIds.length > 0, 'One of companyId or clientIds must be non-null');
	const companies = new Set(clientIds.map((clientId) => companyForClient(store, clientId, body.companyId)));
	enforce('app-connection-members', companies.size <= 1, 'Client users must be part of the same company');
	const companyId = body.companyId ?? [...companies][0];
	const membershipType = clientIds.length === 0 ? 'company' : clientIds.length === 1 ? 'individual' : 'group';
	return store.add('appConnection', { installId: install.id, type: body.type, content: body.content, clientIds, companyId, membershipType });
}

module.exports = [
	['GET', '/v1/installs', listInstalls, 'listAppInstalls'],
	['GET', '/v1/installs/{installId}', retrieveInstall, 'retrieveAppInstall'],
	['GET', '/v1/installs/{installId}/connections', listConnections, 'listAppConnections'],
	['POST', '/v1/installs/{installId}/connections', createConnection, 'createAppConnection'],
];
