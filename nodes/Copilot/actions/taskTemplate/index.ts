import type { CopilotResource } from '../types';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const taskTemplate: CopilotResource = { name: 'Task Template', value: 'taskTemplate', operations: [get, getAll] };
