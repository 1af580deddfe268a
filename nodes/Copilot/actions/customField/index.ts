import type { CopilotResource } from '../types';
import { getAll } from './getAll.operation';
import { getOptions } from './getOptions.operation';

export const customField: CopilotResource = { name: 'Custom Field', value: 'customField', operations: [getAll, getOptions] };
