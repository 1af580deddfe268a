import { idField } from '../../fields/locators';
import { deleteOperation } from '../generic';

export const deleteNotification = deleteOperation({
	noun: 'notification',
	collection: '/v1/notifications',
	id: idField('notificationId', 'Notification ID'),
	customAppOnly: true,
});
