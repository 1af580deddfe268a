import { idField } from '../../fields/locators';
import { resourcePath } from '../../transport/client';
import type { CopilotOperation } from '../types';

/** Mark Read and Mark Unread: the same request to `/read` or `/unread`. */
export function markOperation(state: 'read' | 'unread'): CopilotOperation {
	const name = state === 'read' ? 'Mark Read' : 'Mark Unread';
	return {
		option: {
			name,
			value: state === 'read' ? 'markRead' : 'markUnread',
			action: `Mark a notification as ${state}`,
			description: `Mark a notification as ${state} (Copilot allows this only to a custom app’s key)`,
		},
		properties: [idField('notificationId', 'Notification ID')],
		async execute(item) {
			return await item.request({
				method: 'POST',
				path: resourcePath('/v1/notifications', item.id('notificationId'), state),
				// Marked twice is marked once.
				repeatable: true,
				customAppOnly: true,
			});
		},
	};
}
