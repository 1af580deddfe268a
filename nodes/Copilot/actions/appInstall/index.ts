import type { CopilotResource } from '../types';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const appInstall: CopilotResource = { name: 'App Install', value: 'appInstall', operations: [get, getAll] };
