import type { CopilotResource } from '../types';
import { getAll } from './getAll.operation';
import { request } from './request.operation';

export const formResponse: CopilotResource = { name: 'Form Response', value: 'formResponse', operations: [getAll, request] };
