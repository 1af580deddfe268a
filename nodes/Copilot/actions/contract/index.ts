import type { CopilotResource } from '../types';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { send } from './send.operation';

export const contract: CopilotResource = { name: 'Contract', value: 'contract', operations: [get, getAll, send] };
