import type { CopilotResource } from '../types';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const product: CopilotResource = { name: 'Product', value: 'product', operations: [get, getAll] };
