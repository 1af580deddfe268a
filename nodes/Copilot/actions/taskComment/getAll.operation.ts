import { textFilter } from '../../fields/list';
import { getManyOperation } from '../generic';

/** Comments on tasks, newest first, paged as Copilot's tasks server pages them (100 a page by default). */
export const getAll = getManyOperation({
	nouns: 'task comments',
	path: '/v1/comments',
	paginated: true,
	filters: [
		textFilter('taskId', 'Task ID', 'Only the comments on this task'),
		textFilter('parentCommentId', 'Parent Comment ID', 'Only the replies to this comment'),
		textFilter('createdBy', 'Created By', 'Only comments by this client or internal user ID'),
	],
});
