import { idField } from '../../fields/locators';
import { resourcePath } from '../../transport/client';
import type { CopilotOperation } from '../types';

export const deleteNotification: CopilotOperation = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a notification',
		description: 'Delete a notification permanently (Copilot allows this only to a custom app’s key)',
	},
	properties: [idField('notificationId', 'Notification ID')],
	execute: async (item) =>
		await item.request({ method: 'DELETE', path: resourcePath('/v1/notifications', item.id('notificationId')), customAppOnly: true }),
};
