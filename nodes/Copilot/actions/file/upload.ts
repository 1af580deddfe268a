import { NodeApiError, type IDataObject, type JsonObject } from 'n8n-workflow';

import type { ItemContext } from '../ItemContext';

export interface FileContent {
	content: Buffer;
	mimeType: string;
}

/** The input item's binary field, read before anything is created so a missing one changes nothing. */
export async function readContent(item: ItemContext, binaryField: string): Promise<FileContent> {
	const { helpers } = item.functions;
	const binary = helpers.assertBinaryData(item.index, binaryField);
	const content = await helpers.getBinaryDataBuffer(item.index, binaryField);
	return { content, mimeType: binary.mimeType || 'application/octet-stream' };
}

/**
 * The second step of creating a file in Copilot: its content goes to the storage URL Copilot
 * answered with (`uploadUrl`), without the API key, which must never leave for another host.
 */
export async function uploadContent(item: ItemContext, created: IDataObject, file: FileContent): Promise<void> {
	const uploadUrl = created.uploadUrl;
	if (typeof uploadUrl !== 'string' || uploadUrl === '') {
		throw item.error('Copilot created the file but sent no upload URL, so its content could not be uploaded', `File ID: ${String(created.id)}`);
	}
	try {
		await item.functions.helpers.httpRequest({
			method: 'PUT',
			url: uploadUrl,
			body: file.content,
			headers: { 'content-type': file.mimeType },
		});
	} catch (error) {
		throw new NodeApiError(item.functions.getNode(), error as JsonObject, {
			message: `Copilot created the file, but uploading its content failed: ${(error as Error).message}`,
			itemIndex: item.index,
		});
	}
}
