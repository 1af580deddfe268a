import type { CopilotResource } from '../types';
import { create } from './create.operation';
import { getAll } from './getAll.operation';

export const appConnection: CopilotResource = { name: 'App Connection', value: 'appConnection', operations: [create, getAll] };
