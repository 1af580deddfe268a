import type { CopilotResource } from '../types';
import { get } from './get.operation';

export const workspace: CopilotResource = { name: 'Workspace', value: 'workspace', operations: [get] };
