import { choiceFilter, textFilter } from '../../fields/list';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'tasks',
	path: '/v1/tasks',
	paginated: true,
	filters: [
		textFilter('clientId', 'Client ID', 'Only tasks assigned to this client'),
		textFilter('companyId', 'Company ID', 'Only tasks assigned to this company'),
		textFilter('createdBy', 'Created By', 'Only tasks created by this user ID'),
		textFilter('internalUserId', 'Internal User ID', 'Only tasks assigned to this internal user'),
		textFilter('parentTaskId', 'Parent Task ID', 'Only the subtasks of this task'),
		choiceFilter(
			'status',
			'Status',
			[
				['To Do', 'todo'],
				['In Progress', 'inProgress'],
				['Completed', 'completed'],
			],
			'Only tasks with this status',
		),
	],
});
