import type { CopilotResource } from '../types';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const messageChannel: CopilotResource = {
	name: 'Message Channel',
	value: 'messageChannel',
	operations: [create, get, getAll],
};
