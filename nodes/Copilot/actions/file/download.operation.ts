import { NodeApiError, type INodeProperties, type JsonObject } from 'n8n-workflow';

import { idField } from '../../fields/locators';
import { resourcePath } from '../../transport/client';
import { ItemWithBinary, type CopilotOperation } from '../types';

const properties: INodeProperties[] = [
	idField('fileId', 'File ID', 'The file to download'),
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
	},
];

/** Why a record other than an uploaded file has nothing to download, and where to look instead. */
const NOT_A_FILE: Record<string, string> = {
	folder: 'To download what is in it, list it with File › Get Many (filter Path) and download each file.',
	link: 'A link has no content of its own: its address is in the record’s linkUrl (File › Get).',
};

/** A type the storage host sends for anything, which says nothing about the file. */
const GENERIC_TYPES = ['application/octet-stream', 'binary/octet-stream'];

export const download: CopilotOperation = {
	option: {
		name: 'Download',
		value: 'download',
		action: 'Download a file',
		description: 'Get a file’s content as binary data, with its name and type, and its record as JSON',
	},
	properties,
	async execute(item) {
		const fileId = item.id('fileId');
		const field = item.text('binaryPropertyName') || 'data';
		const record = await item.request({ method: 'GET', path: resourcePath('/v1/files', fileId) });
		const kind = String(record.object ?? 'file');
		if (kind !== 'file') throw item.error(`${fileId} is a ${kind}, not a file: only files can be downloaded`, NOT_A_FILE[kind]);
		const { downloadUrl, ...json } = record;
		if (typeof downloadUrl !== 'string' || downloadUrl === '') {
			throw item.error(
				`Copilot sent no download URL for the file ${fileId}`,
				`Its status is "${String(record.status ?? 'unknown')}": a file whose content was never uploaded has nothing to download.`,
			);
		}
		// A signed URL on Copilot's storage host: fetched without the API key, which never leaves for another host.
		const { stream, contentType } = await item.api.readFromStorage(downloadUrl).catch((error: Error) => {
			throw new NodeApiError(item.functions.getNode(), { message: error.message } as JsonObject, {
				message: `Downloading the file ${fileId} from Copilot’s storage failed: ${error.message}`,
				itemIndex: item.index,
			});
		});
		const type = contentType?.split(';')[0].trim().toLowerCase();
		const mimeType = type && !GENERIC_TYPES.includes(type) ? type : undefined;
		const binary = await item.functions.helpers.prepareBinaryData(
			stream as Buffer,
			typeof record.name === 'string' ? record.name : undefined,
			mimeType,
		);
		return new ItemWithBinary(json, { [field]: binary });
	},
};
