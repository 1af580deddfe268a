import type { CopilotResource } from '../types';
import { getAll } from './getAll.operation';
import { send } from './send.operation';

export const message: CopilotResource = { name: 'Message', value: 'message', operations: [getAll, send] };
