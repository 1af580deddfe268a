import { NodeApiError, type IDataObject, type JsonObject } from 'n8n-workflow';

import type { StorageBody } from '../../transport/client';
import type { ItemContext } from '../ItemContext';

export interface FileContent {
	mimeType: string;
	/** In bytes. */
	length: number;
	/** A fresh body for each attempt: a stream of the file n8n stored, or the bytes it holds in memory. */
	body: () => Promise<StorageBody>;
}

/**
 * The input item's binary field, read before anything is created so a missing one changes nothing.
 * Where n8n keeps the file outside memory (its filesystem or S3 binary mode), it is streamed from
 * there with its length, never held whole; in n8n's default mode the bytes are in the item already.
 */
export async function readContent(item: ItemContext, binaryField: string): Promise<FileContent> {
	const { helpers } = item.functions;
	const binary = helpers.assertBinaryData(item.index, binaryField);
	const mimeType = binary.mimeType || 'application/octet-stream';
	const stored = binary.id;
	if (stored) {
		const { fileSize } = await helpers.getBinaryMetadata(stored);
		return { mimeType, length: fileSize, body: async () => await helpers.getBinaryStream(stored) };
	}
	const content = await helpers.getBinaryDataBuffer(item.index, binaryField);
	return { mimeType, length: content.length, body: async () => content };
}

/**
 * The second step of creating a file in Copilot: its content goes to the storage URL Copilot
 * answered with (`uploadUrl`). When that fails, the entry Copilot made is named, so it can be found.
 */
export async function uploadContent(item: ItemContext, created: IDataObject, file: FileContent): Promise<void> {
	const entry = `Copilot created the file entry ${String(created.id)}${created.path ? ` (${String(created.path)})` : ''}`;
	const uploadUrl = created.uploadUrl;
	if (typeof uploadUrl !== 'string' || uploadUrl === '') {
		throw item.error(`${entry} but sent no upload URL, so its content could not be uploaded`, whatToDo(created));
	}
	try {
		await item.api.putToStorage(uploadUrl, file.body, { 'content-type': file.mimeType, 'content-length': String(file.length) });
	} catch (error) {
		throw new NodeApiError(item.functions.getNode(), { message: (error as Error).message } as JsonObject, {
			message: `${entry}, but uploading its content failed: ${(error as Error).message}`,
			description: whatToDo(created),
			itemIndex: item.index,
		});
	}
}

function whatToDo(created: IDataObject): string {
	return `The entry exists in Copilot without its content. Delete it (File › Delete, ID ${String(created.id)}) before you run this item again, or it stays there empty.`;
}
