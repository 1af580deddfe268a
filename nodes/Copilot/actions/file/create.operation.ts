import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../fields/locators';
import { definedOnly } from '../../fields/values';
import { resourcePath } from '../../transport/client';
import type { CopilotOperation } from '../types';
import { CLIENT_PERMISSIONS } from './permissions';
import { readContent, uploadContent } from './upload';

const properties: INodeProperties[] = [
	{
		displayName: 'Type',
		name: 'fileType',
		type: 'options',
		options: [
			{ name: 'File', value: 'file', description: 'Upload a file from the input item’s binary data' },
			{ name: 'Folder', value: 'folder' },
			{ name: 'Link', value: 'link', description: 'A link to a web page, shown among the files' },
		],
		default: 'file',
	},
	idField('channelId', 'File Channel ID', 'The file channel (a client’s or company’s files) to create it in'),
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Onboarding/engagement-letter.pdf',
		description: 'The full path, including the name; the folders in it must exist already',
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		displayOptions: { show: { fileType: ['file'] } },
		hint: 'The name of the input binary field containing the file to be uploaded',
		description: 'Leave empty to create the file without content and upload it later',
	},
	{
		displayName: 'Link URL',
		name: 'linkUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://',
		displayOptions: { show: { fileType: ['link'] } },
	},
	{
		displayName: 'Client Permissions',
		name: 'clientPermissions',
		type: 'options',
		options: CLIENT_PERMISSIONS,
		default: 'read_write',
		displayOptions: { show: { fileType: ['folder'] } },
		description: 'What clients may do in the folder',
	},
];

export const create: CopilotOperation = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a file, folder or link',
		description: 'Upload a file, or create a folder or a link, in a file channel',
	},
	properties,
	async execute(item) {
		const fileType = item.text('fileType');
		const binaryField = fileType === 'file' ? item.text('binaryPropertyName') : '';
		const content = binaryField === '' ? undefined : await readContent(item, binaryField);
		const created = await item.request({
			method: 'POST',
			path: resourcePath('/v1/files', fileType),
			check: 'Look for it in the file channel (File › Get Many with the channel and path) before you run this item again.',
			body: definedOnly({
				channelId: item.text('channelId'),
				path: item.text('path'),
				linkUrl: fileType === 'link' ? item.text('linkUrl') : undefined,
				clientPermissions: fileType === 'folder' ? item.text('clientPermissions') : undefined,
			}),
		});
		if (!content) return created;
		await uploadContent(item, created, content);
		// The presigned URL could overwrite the file until it expires; once used it has no place in the output.
		const { uploadUrl, ...uploaded } = created;
		return uploaded;
	},
};
