import type { INodeProperties } from 'n8n-workflow';

import { messageChannelLocator } from '../../fields/locators';
import { definedOnly } from '../../fields/values';
import type { CopilotOperation } from '../types';

const properties: INodeProperties[] = [
	messageChannelLocator(),
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description: 'The message; Copilot supports some formatting',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Sender ID',
				name: 'senderId',
				type: 'string',
				default: '',
				description:
					'The client or internal user the message comes from, a member of the channel. By default, the user who created the API key.',
			},
		],
	},
];

export const send: CopilotOperation = {
	option: { name: 'Send', value: 'send', action: 'Send a message', description: 'Send a message in a message channel' },
	properties,
	async execute(item) {
		return await item.request({
			method: 'POST',
			path: '/v1/messages',
			check: 'Look for the message in its channel (Message › Get Many) before you run this item again: a second run would send it twice.',
			body: definedOnly({
				channelId: item.id('channelId'),
				text: item.text('text'),
				senderId: item.fields('additionalFields').senderId,
			}),
		});
	},
};
