import type { INodeProperties } from 'n8n-workflow';

import { definedOnly } from '../../fields/values';
import { resourcePath } from '../../transport/client';
import type { CopilotOperation } from '../types';
import { CLIENT_PERMISSIONS } from './permissions';

const properties: INodeProperties[] = [
	{
		displayName: 'Folder ID',
		name: 'folderId',
		type: 'string',
		required: true,
		default: '',
		description: 'The folder, or "root" for the top folder of a file channel (then give the File Channel ID)',
	},
	{
		displayName: 'Client Permissions',
		name: 'clientPermissions',
		type: 'options',
		options: CLIENT_PERMISSIONS,
		default: 'read_only',
	},
	{
		displayName: 'File Channel ID',
		name: 'channelId',
		type: 'string',
		default: '',
		description: 'The file channel whose root folder to change; needed only when Folder ID is "root"',
	},
];

export const updatePermissions: CopilotOperation = {
	option: {
		name: 'Update Permissions',
		value: 'updatePermissions',
		action: 'Update folder permissions',
		description: 'Let clients read and write in a folder, or only read',
	},
	properties,
	async execute(item) {
		const folderId = item.text('folderId');
		if (folderId === '') throw item.error('The parameter "folderId" is empty: give the folder ID, or "root"');
		const channelId = item.text('channelId');
		if (folderId === 'root' && channelId === '') throw item.error('The root folder needs a File Channel ID');
		return await item.request({
			method: 'PUT',
			path: `${resourcePath('/v1/files', folderId, 'permissions')}/`,
			body: definedOnly({
				clientPermissions: item.text('clientPermissions'),
				channelId: channelId === '' ? undefined : channelId,
			}),
		});
	},
};
