import type { CopilotResource } from '../types';
import { create } from './create.operation';
import { deleteClient } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { replace } from './replace.operation';
import { update } from './update.operation';
import { upsert } from './upsert.operation';

export const client: CopilotResource = {
	name: 'Client',
	value: 'client',
	operations: [create, upsert, deleteClient, get, getAll, replace, update],
};
