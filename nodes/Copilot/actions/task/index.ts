import type { CopilotResource } from '../types';
import { create } from './create.operation';
import { deleteTask } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const task: CopilotResource = {
	name: 'Task',
	value: 'task',
	operations: [create, deleteTask, get, getAll, update],
};
