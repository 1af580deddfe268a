import { channelCreateBody, channelCreateProperties } from '../../fields/channels';
import type { CopilotOperation } from '../types';

export const create: CopilotOperation = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a message channel',
		description: 'Create a message channel for a client, a company or a group',
	},
	properties: channelCreateProperties(),
	async execute(item) {
		return await item.request({
			method: 'POST',
			path: '/v1/message-channels',
			check: 'Look for the channel (Message Channel › Get Many, filtered by client or member) before you run this item again.',
			body: channelCreateBody(item),
		});
	},
};
