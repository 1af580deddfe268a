import type { CopilotResource } from '../types';
import { getAll } from './getAll.operation';

export const invoiceTemplate: CopilotResource = { name: 'Invoice Template', value: 'invoiceTemplate', operations: [getAll] };
