import type { CopilotOperation } from '../types';

export const get: CopilotOperation = {
	option: { name: 'Get', value: 'get', action: 'Get the workspace', description: 'Retrieve the workspace of the API key' },
	properties: [],
	async execute(item) {
		return await item.request({ method: 'GET', path: '/v1/workspaces' });
	},
};
