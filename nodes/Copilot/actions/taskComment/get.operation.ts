import { isPlainRecord } from '../../fields/values';
import { idField } from '../../fields/locators';
import { resourcePath } from '../../transport/client';
import type { CopilotOperation } from '../types';

export const get: CopilotOperation = {
	option: { name: 'Get', value: 'get', action: 'Get a task comment', description: 'Retrieve a comment on a task by ID' },
	properties: [idField('commentId', 'Comment ID')],
	async execute(item) {
		const id = item.id('commentId');
		const answer = await item.request({ method: 'GET', path: resourcePath('/v1/comments', id) });
		// Copilot's tasks server answers this one comment wrapped in `data` (comments/public/public.controller.ts).
		const comment = isPlainRecord(answer.data) ? answer.data : undefined;
		if (!comment) throw item.error(`Copilot has no task comment with the ID ${id}`);
		return comment;
	},
};
