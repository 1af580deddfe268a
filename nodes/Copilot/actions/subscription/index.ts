import type { CopilotResource } from '../types';
import { cancel } from './cancel.operation';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const subscription: CopilotResource = {
	name: 'Subscription',
	value: 'subscription',
	operations: [cancel, create, get, getAll],
};
