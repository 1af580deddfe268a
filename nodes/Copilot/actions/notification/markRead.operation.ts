import { markOperation } from './mark';

export const markRead = markOperation('read');
