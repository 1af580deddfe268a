import { taskLocator } from '../../fields/locators';
import { deleteOperation } from '../generic';

export const deleteTask = deleteOperation({ noun: 'task', collection: '/v1/tasks', id: taskLocator() });
