import type { CopilotResource } from '../types';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const contractTemplate: CopilotResource = {
	name: 'Contract Template',
	value: 'contractTemplate',
	operations: [get, getAll],
};
