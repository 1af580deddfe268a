import { taskLocator } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({ noun: 'task', collection: '/v1/tasks', id: taskLocator() });
