import type { CopilotResource } from '../types';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const price: CopilotResource = { name: 'Price', value: 'price', operations: [get, getAll] };
