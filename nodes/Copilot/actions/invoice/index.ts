import type { CopilotResource } from '../types';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const invoice: CopilotResource = { name: 'Invoice', value: 'invoice', operations: [create, get, getAll] };
