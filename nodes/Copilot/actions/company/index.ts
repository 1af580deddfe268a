import type { CopilotResource } from '../types';
import { create } from './create.operation';
import { deleteCompany } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';
import { upsert } from './upsert.operation';

export const company: CopilotResource = {
	name: 'Company',
	value: 'company',
	operations: [create, upsert, deleteCompany, get, getAll, update],
};
