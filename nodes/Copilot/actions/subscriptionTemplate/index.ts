import type { CopilotResource } from '../types';
import { getAll } from './getAll.operation';

export const subscriptionTemplate: CopilotResource = {
	name: 'Subscription Template',
	value: 'subscriptionTemplate',
	operations: [getAll],
};
