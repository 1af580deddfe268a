import type { INodeParameters } from 'n8n-workflow';

import type { FakeCopilotApi } from '../fake-copilot-api';
import { executeContext, runCopilotNode } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';

const API_KEY = 'download-test-key';

describe('File › Download', () => {
	let fake: FakeCopilotApi;
	const download = (fileId: string, binaryPropertyName = 'data') => {
		const parameters: INodeParameters = { resource: 'file', operation: 'download', fileId, binaryPropertyName };
		return runCopilotNode({ parameters, credentials: { apiKey: API_KEY, baseUrl: fake.url } });
	};
	/** A file in the fake with its bytes uploaded to the storage host, as Copilot keeps one. */
	const stored = (name: string, content: Buffer, contentType: string) =>
		fake.store.add('file', {
			object: 'file',
			name,
			path: `Uploads/${name}`,
			channelId: fake.demo.fileChannels[0].id,
			status: 'completed',
			size: content.length,
			content,
			contentType,
		});

	withFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false }, (started) => (fake = started));

	it('puts the bytes in the binary field with the file’s name and type, and the record without its signed URL in JSON', async () => {
		const content = Buffer.from('%PDF-1.7\nTax return 2025\n');
		const file = stored('tax-return.pdf', content, 'application/pdf');
		const [item] = await download(file.id, 'taxReturn');
		const binary = item.binary!.taxReturn;
		expect(binary).toMatchObject({ fileName: 'tax-return.pdf', mimeType: 'application/pdf', fileExtension: 'pdf' });
		const bytes = await executeContext({ parameters: {}, inputItems: [item], credentials: { apiKey: API_KEY, baseUrl: fake.url } }).helpers.getBinaryDataBuffer(0, 'taxReturn');
		expect(Buffer.compare(bytes, content)).toBe(0);
		expect(item.json).toMatchObject({ id: file.id, name: 'tax-return.pdf', object: 'file' });
		expect(item.json).not.toHaveProperty('downloadUrl');
		expect(item.json).not.toHaveProperty('content');
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('sends the API key to Copilot’s API only, never to the storage host on another address', async () => {
		const file = stored('notes.txt', Buffer.from('hello'), 'text/plain');
		await download(file.id);
		expect(fake.requests.map(({ host, method, path, apiKey }) => ({ host, method, path, apiKey }))).toEqual([
			{ host: 'api', method: 'GET', path: `/v1/files/${file.id}`, apiKey: API_KEY },
			{ host: 'storage', method: 'GET', path: `/download/${file.id}`, apiKey: undefined },
		]);
		expect(new URL(fake.storageUrl).hostname).not.toBe(new URL(fake.url).hostname);
	});

	it('lets n8n tell the type from the name when the storage host only says octet-stream', async () => {
		const file = stored('scan.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'application/octet-stream');
		const [item] = await download(file.id);
		expect(item.binary!.data).toMatchObject({ fileName: 'scan.png', mimeType: 'image/png' });
	});

	it('tries the storage host again after a 503, which a read may be', async () => {
		const file = stored('retry.txt', Buffer.from('second time lucky'), 'text/plain');
		fake.failNext({ status: 503, method: 'GET', path: `/download/${file.id}` });
		const [item] = await download(file.id);
		expect(item.binary!.data.fileName).toBe('retry.txt');
		expect(fake.requests.filter((request) => request.host === 'storage').map((request) => request.status)).toEqual([503, 200]);
	});

	it.each([
		['a folder', () => fake.demo.files[0].id, /is a folder, not a file: only files can be downloaded/],
		[
			'a link',
			() => fake.store.add('file', { object: 'link', name: 'Site', path: 'Site', linkUrl: 'https://example.com', channelId: fake.demo.fileChannels[0].id }).id,
			/is a link, not a file/,
		],
		[
			'a file whose content was never uploaded',
			() => fake.store.add('file', { object: 'file', name: 'empty.pdf', path: 'empty.pdf', status: 'pending', channelId: fake.demo.fileChannels[0].id }).id,
			/Copilot sent no download URL for the file/,
		],
	])('refuses %s with a clear message, asking the storage host nothing', async (_case, fileId, message) => {
		await expect(download(fileId())).rejects.toThrow(message);
		expect(fake.requests.filter((request) => request.host === 'storage')).toEqual([]);
	});
});
