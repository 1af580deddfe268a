import type { CopilotResource } from '../types';
import { getAll } from './getAll.operation';

export const payment: CopilotResource = { name: 'Payment', value: 'payment', operations: [getAll] };
