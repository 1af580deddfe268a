// Clients, companies, internal users and the workspace.
import { byId, demo, fromList, made, madeId, type OperationCase } from './helpers';

export const CASES: OperationCase[] = [
	// Client
	{
		resource: 'client',
		operation: 'create',
		parameters: (fake) => ({
			givenName: 'Ada',
			familyName: 'Lovelace',
			email: 'ada@example.com',
			additionalFields: { companyId: demo(fake).companies[0].id, sendInvite: true, customFields: '{"phoneNumber":"+1 555 0100"}' },
		}),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/clients',
			query: { sendInvite: 'true' },
			body: {
				givenName: 'Ada',
				familyName: 'Lovelace',
				email: 'ada@example.com',
				companyId: demo(fake).companies[0].id,
				customFields: { phoneNumber: '+1 555 0100' },
			},
		}),
	},
	{
		resource: 'client',
		operation: 'upsert',
		variant: 'a client that does not exist yet',
		parameters: () => ({ email: 'new.upsert@example.com', givenName: 'Nova', familyName: 'Upsert', additionalFields: {} }),
		request: () => ({
			method: 'POST',
			path: '/v1/clients',
			body: { givenName: 'Nova', familyName: 'Upsert', email: 'new.upsert@example.com' },
		}),
	},
	{
		resource: 'client',
		operation: 'get',
		parameters: (fake) => ({ clientId: fromList(demo(fake).clients[0].id) }),
		request: (fake) => ({ method: 'GET', path: `/v1/clients/${demo(fake).clients[0].id}` }),
	},
	{
		resource: 'client',
		operation: 'getAll',
		parameters: (fake) => ({ returnAll: true, filters: { companyId: demo(fake).companies[0].id } }),
		request: (fake) => ({ method: 'GET', path: '/v1/clients', query: { companyId: demo(fake).companies[0].id, limit: '1000' } }),
		items: -1,
	},
	{
		resource: 'client',
		operation: 'update',
		parameters: (fake) => ({ clientId: byId(demo(fake).clients[1].id), updateFields: { familyName: 'Renamed', sendInvite: false } }),
		request: (fake) => ({
			method: 'PATCH',
			path: `/v1/clients/${demo(fake).clients[1].id}`,
			query: { sendInvite: 'false' },
			body: { familyName: 'Renamed' },
		}),
	},
	{
		resource: 'client',
		operation: 'replace',
		parameters: (fake) => ({ clientId: demo(fake).clients[2].id, givenName: 'New', familyName: 'Name', additionalFields: {} }),
		request: (fake) => ({ method: 'PUT', path: `/v1/clients/${demo(fake).clients[2].id}`, body: { givenName: 'New', familyName: 'Name' } }),
	},
	{
		resource: 'client',
		operation: 'delete',
		parameters: (fake) => ({ clientId: byId(made(fake, 'client', 'client', { givenName: 'Gone', familyName: 'Soon', email: 'gone@example.com' })) }),
		request: (fake) => ({ method: 'DELETE', path: `/v1/clients/${madeId(fake, 'client')}` }),
	},
	// Company
	{
		resource: 'company',
		operation: 'create',
		parameters: () => ({ name: 'Initech', additionalFields: { fallbackColor: '#9BBFFF' } }),
		request: () => ({ method: 'POST', path: '/v1/companies', body: { name: 'Initech', fallbackColor: '#9BBFFF' } }),
	},
	{
		resource: 'company',
		operation: 'upsert',
		variant: 'a company that does not exist yet',
		parameters: () => ({ name: 'Upserted Partners', additionalFields: {} }),
		request: () => ({ method: 'POST', path: '/v1/companies', body: { name: 'Upserted Partners' } }),
	},
	{
		resource: 'company',
		operation: 'get',
		parameters: (fake) => ({ companyId: fromList(demo(fake).companies[0].id) }),
		request: (fake) => ({ method: 'GET', path: `/v1/companies/${demo(fake).companies[0].id}` }),
	},
	{
		resource: 'company',
		operation: 'getAll',
		parameters: () => ({ returnAll: false, limit: 2, filters: { isPlaceholder: false } }),
		request: () => ({ method: 'GET', path: '/v1/companies', query: { isPlaceholder: 'false', limit: '2' } }),
		items: 2,
	},
	{
		resource: 'company',
		operation: 'update',
		parameters: (fake) => ({ companyId: byId(demo(fake).companies[1].id), updateFields: { name: 'Globex Holdings' } }),
		request: (fake) => ({ method: 'PATCH', path: `/v1/companies/${demo(fake).companies[1].id}`, body: { name: 'Globex Holdings' } }),
	},
	{
		resource: 'company',
		operation: 'delete',
		parameters: (fake) => ({ companyId: byId(made(fake, 'company', 'company', { name: 'Short-lived Ltd' })) }),
		request: (fake) => ({ method: 'DELETE', path: `/v1/companies/${madeId(fake, 'company')}` }),
	},
	// Internal user
	{
		resource: 'internalUser',
		operation: 'get',
		parameters: (fake) => ({ internalUserId: fromList(demo(fake).internalUsers[0].id) }),
		request: (fake) => ({ method: 'GET', path: `/v1/internal-users/${demo(fake).internalUsers[0].id}` }),
	},
	{
		resource: 'internalUser',
		operation: 'getAll',
		parameters: () => ({ returnAll: true }),
		request: () => ({ method: 'GET', path: '/v1/internal-users', query: { limit: '1000' } }),
		items: -1,
	},
	// Workspace
	{
		resource: 'workspace',
		operation: 'get',
		parameters: () => ({}),
		request: () => ({ method: 'GET', path: '/v1/workspaces' }),
	},
];
