import type { CopilotResource } from '../types';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const fileChannel: CopilotResource = { name: 'File Channel', value: 'fileChannel', operations: [create, get, getAll] };
