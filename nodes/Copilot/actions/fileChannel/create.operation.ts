import { channelCreateBody, channelCreateProperties } from '../../fields/channels';
import type { CopilotOperation } from '../types';

export const create: CopilotOperation = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a file channel',
		description: 'Create a file channel for a client, a company or a group',
	},
	properties: channelCreateProperties(),
	async execute(item) {
		return await item.request({
			method: 'POST',
			path: '/v1/channels/files',
			check: 'Look for the channel (File Channel › Get Many, filtered by client or company) before you run this item again.',
			body: channelCreateBody(item),
		});
	},
};
