import type { CopilotResource } from '../types';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const internalUser: CopilotResource = { name: 'Internal User', value: 'internalUser', operations: [get, getAll] };
