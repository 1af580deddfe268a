import type { CopilotResource } from '../types';
import { create } from './create.operation';
import { deleteNotification } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { markRead } from './markRead.operation';
import { markUnread } from './markUnread.operation';

export const notification: CopilotResource = {
	name: 'Notification',
	value: 'notification',
	operations: [create, deleteNotification, get, getAll, markRead, markUnread],
};
