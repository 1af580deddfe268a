import type { CopilotResource } from '../types';
import { create } from './create.operation';
import { deleteFile } from './delete.operation';
import { download } from './download.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { updatePermissions } from './updatePermissions.operation';

export const file: CopilotResource = {
	name: 'File',
	value: 'file',
	operations: [create, deleteFile, download, get, getAll, updatePermissions],
};
