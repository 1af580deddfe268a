import type { CopilotResource } from '../types';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const form: CopilotResource = { name: 'Form', value: 'form', operations: [get, getAll] };
