// Comments on tasks, which Copilot's tasks server serves publicly (copilot-platforms/tasks-app
// src/app/api/comments/public): list newest first by task, parent comment or author, paged by
// `limit` (100 by default, no maximum) and `nextToken`; one comment, answered inside `data`; delete.
// Its errors are the tasks server's own body, `{ error }`.
const { tasksServerError } = require('../errors');
const { applyFilters, page } = require('../pagination');
const { behaviour, enforce } = require('../server-rules');

/** The public filters, each matching the record field of its name (public.controller.ts, getAllCommentsPublic). */
const FILTERS = ['taskId', 'parentCommentId', 'createdBy'];

function listComments({ store, query, operation, pageMode }) {
	enforce('task-comments-task-exists', !query.taskId || Boolean(store.get('task', query.taskId)), 'A task for the requested comment was not found');
	const records = applyFilters(store.list('taskComment'), query, FILTERS).reverse();
	return page(records, query, { operation, pageMode });
}

function retrieveComment({ store, params }) {
	behaviour('task-comment-get-wrapped');
	const comment = store.get('taskComment', params.id);
	if (!comment) throw tasksServerError(404, 'The requested comment was not found');
	return { data: comment };
}

function deleteComment({ store, params }) {
	const comment = store.get('taskComment', params.id);
	if (!comment) throw tasksServerError(404, 'The comment to delete was not found');
	store.remove('taskComment', comment.id);
	return comment;
}

module.exports = [
	['GET', '/v1/comments', listComments, 'listTaskComments'],
	['GET', '/v1/comments/{id}', retrieveComment, 'retrieveTaskComment'],
	['DELETE', '/v1/comments/{id}', deleteComment, 'deleteTaskComment'],
];
