import { idField } from '../../fields/locators';
import { resourcePath } from '../../transport/client';
import type { CopilotOperation } from '../types';

export const get: CopilotOperation = {
	option: { name: 'Get', value: 'get', action: 'Get a notification', description: 'Retrieve a notification by ID' },
	properties: [
		idField('notificationId', 'Notification ID'),
		{
			displayName: 'Include Read',
			name: 'includeRead',
			type: 'boolean',
			default: true,
			description:
				'Whether to find the notification also when it has been read. Copilot’s own apps ask so (includeRead=true); without it Copilot may answer a read one as not found.',
		},
	],
	execute: async (item) =>
		await item.request({
			method: 'GET',
			path: resourcePath('/v1/notifications', item.id('notificationId')),
			qs: { includeRead: item.parameter<boolean>('includeRead', true) },
		}),
};
