import type { CopilotResource } from '../types';
import { create } from './create.operation';
import { deleteCompany } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const company: CopilotResource = {
	name: 'Company',
	value: 'company',
	operations: [create, deleteCompany, get, getAll, update],
};
