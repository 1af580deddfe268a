// Custom apps installed in the workspace and their connections.
import { demo, type OperationCase } from './helpers';

export const CASES: OperationCase[] = [
	{
		resource: 'appInstall',
		operation: 'get',
		parameters: (fake) => ({ installId: demo(fake).appInstalls[0].id }),
		request: (fake) => ({ method: 'GET', path: `/v1/installs/${demo(fake).appInstalls[0].id}` }),
	},
	{
		resource: 'appInstall',
		operation: 'getAll',
		parameters: () => ({ returnAll: true }),
		request: () => ({ method: 'GET', path: '/v1/installs', query: {} }),
		items: 2,
	},
	{
		resource: 'appConnection',
		operation: 'create',
		parameters: (fake) => ({
			installId: demo(fake).appInstalls[0].id,
			type: 'link',
			content: 'https://dashboards.example.com/northwind',
			companyId: demo(fake).companies[0].id,
			clientIds: demo(fake).clients[0].id,
		}),
		request: (fake) => ({
			method: 'POST',
			path: `/v1/installs/${demo(fake).appInstalls[0].id}/connections`,
			body: {
				type: 'link',
				content: 'https://dashboards.example.com/northwind',
				companyId: demo(fake).companies[0].id,
				clientIds: [demo(fake).clients[0].id],
			},
		}),
	},
	{
		resource: 'appConnection',
		operation: 'getAll',
		parameters: (fake) => ({
			installId: demo(fake).appInstalls[0].id,
			returnAll: true,
			filters: { clientId: demo(fake).clients[0].id, companyId: demo(fake).companies[0].id },
		}),
		request: (fake) => ({
			method: 'GET',
			path: `/v1/installs/${demo(fake).appInstalls[0].id}/connections`,
			query: { clientId: demo(fake).clients[0].id, companyId: demo(fake).companies[0].id },
		}),
		items: 1,
	},
];
