import { markOperation } from './mark';

export const markUnread = markOperation('unread');
