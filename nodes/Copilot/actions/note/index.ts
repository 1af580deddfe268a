import type { CopilotResource } from '../types';
import { create } from './create.operation';
import { deleteNote } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const note: CopilotResource = {
	name: 'Note',
	value: 'note',
	operations: [create, deleteNote, get, getAll, update],
};
