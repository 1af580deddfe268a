import { loadedOptionField } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({
	noun: 'task template',
	collection: '/v1/task-templates',
	id: loadedOptionField('taskTemplateId', 'Task Template Name or ID', 'getTaskTemplates', 'The task template'),
});
