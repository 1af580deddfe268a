import type { INodeParameters } from 'n8n-workflow';

import type { FakeCopilotApi } from '../fake-copilot-api';
import { runCopilotNode } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';

const API_KEY = 'storage-failures-test-key';

/** When the storage host behind Copilot's files fails, or Copilot does not say where it is. */
describe('storage failures of File › Create and File › Download', () => {
	let fake: FakeCopilotApi;
	const run = (parameters: INodeParameters) =>
		runCopilotNode({
			parameters,
			inputItems: [{ json: {}, binary: { data: { data: Buffer.from('%PDF-1.7 letter').toString('base64'), mimeType: 'application/pdf', fileName: 'letter.pdf' } } }],
			credentials: { apiKey: API_KEY, baseUrl: fake.url },
		});
	const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as Error & { description?: string; httpCode?: string });
	const storageStatuses = () => fake.requests.filter((request) => request.host === 'storage').map((request) => request.status);

	withFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false }, (started) => (fake = started));

	it('File › Create: a create answered without an upload URL names the entry and says to delete it, uploading nothing', async () => {
		const channel = fake.demo.fileChannels[0];
		const entry = { id: 'entry-without-url', object: 'file', path: 'Letters/letter.pdf', channelId: channel.id, status: 'pending' };
		fake.failNext({ status: 200, method: 'POST', path: '/v1/files/file', body: entry });
		const error = await failure(run({ resource: 'file', operation: 'create', fileType: 'file', channelId: channel.id, path: 'Letters/letter.pdf', binaryPropertyName: 'data' }));
		expect(error).toMatchObject({
			message: 'Copilot created the file entry entry-without-url (Letters/letter.pdf) but sent no upload URL, so its content could not be uploaded',
		});
		expect(error!.description).toContain('Delete it (File › Delete, ID entry-without-url)');
		expect(storageStatuses()).toEqual([]);
	});

	it('File › Create: storage failing every retry is reported as an upload failure of the named entry', async () => {
		const channel = fake.demo.fileChannels[0];
		fake.failNext({ status: 503, method: 'PUT', count: 100 });
		const error = await failure(run({ resource: 'file', operation: 'create', fileType: 'file', channelId: channel.id, path: 'unlucky.pdf', binaryPropertyName: 'data' }));
		const entry = fake.store.list('file').find((file) => file.path === 'unlucky.pdf')!;
		expect(error!.message).toBe(`Copilot created the file entry ${entry.id} (unlucky.pdf), but uploading its content failed: the storage answered HTTP 503`);
		expect(storageStatuses()).toEqual([503, 503, 503, 503, 503]);
	}, 30_000);

	it('File › Download: a storage refusal fails the item naming the file and the storage’s answer', async () => {
		const file = fake.store.add('file', {
			object: 'file',
			name: 'expired.pdf',
			path: 'expired.pdf',
			channelId: fake.demo.fileChannels[0].id,
			status: 'completed',
			content: Buffer.from('%PDF'),
			contentType: 'application/pdf',
		});
		fake.failNext({ status: 403, method: 'GET', path: `/download/${file.id}`, body: 'Request has expired' });
		const error = await failure(run({ resource: 'file', operation: 'download', fileId: file.id, binaryPropertyName: 'data' }));
		expect(error).toMatchObject({ message: `Downloading the file ${file.id} from Copilot’s storage failed: the storage answered HTTP 403` });
		expect(error!.constructor.name).toBe('NodeApiError');
		expect(storageStatuses()).toEqual([403]);
	});
});
