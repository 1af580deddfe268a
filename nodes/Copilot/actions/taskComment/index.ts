import type { CopilotResource } from '../types';
import { deleteTaskComment } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

/** Comments on tasks, which Copilot's tasks server serves publicly: read and delete (no create in the API). */
export const taskComment: CopilotResource = {
	name: 'Task Comment',
	value: 'taskComment',
	operations: [deleteTaskComment, get, getAll],
};
