import { taskLocator } from '../../fields/locators';
import { resourcePath } from '../../transport/client';
import type { CopilotOperation } from '../types';

export const deleteTask: CopilotOperation = {
	option: { name: 'Delete', value: 'delete', action: 'Delete a task', description: 'Delete a task permanently' },
	properties: [
		taskLocator(),
		{
			displayName: 'Delete Subtasks Too',
			name: 'deleteSubtasks',
			type: 'boolean',
			default: false,
			description: 'Whether to delete the task’s subtasks with it. Copilot refuses to delete a task that has subtasks unless this is on.',
		},
	],
	async execute(item) {
		return await item.request({
			method: 'DELETE',
			path: resourcePath('/v1/tasks', item.id('taskId')),
			// Only ever `recursive=true`: Copilot's tasks server reads any value it is given, "false" too, as true.
			qs: item.parameter<boolean>('deleteSubtasks', false) ? { recursive: true } : undefined,
			explain: { 409: 'The task has subtasks: turn on Delete Subtasks Too to delete it with them, or delete or move its subtasks first' },
		});
	},
};
