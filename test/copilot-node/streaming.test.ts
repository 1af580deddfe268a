import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';
import type { IBinaryData, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { startFakeCopilotApi, type FakeCopilotApi, type RecordedRequest } from '../fake-copilot-api';
import { executeContext, runCopilotNode } from '../helpers/copilotNode';

const API_KEY = 'streaming-test-key';
/** Far more than any buffer along the way holds (stream chunks of 64 KiB, socket buffers of a few MiB). */
const FILE_BYTES = 96 * 1024 * 1024;
/**
 * Whole-file buffering would hold FILE_BYTES or more at the moment measured; streaming holds a few
 * chunks, plus what the garbage collector has not handed back yet on a busy machine (up to 28 MiB seen).
 */
const MOST_HELD = FILE_BYTES / 2;
const MiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

// A full garbage collection on demand, so that what is measured is memory still held, not garbage
// from chunks already passed on.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Buffers and other memory outside V8's heap still in use, after full collections (the memory of
 * buffers is handed back in the background: a second collection a turn later counts more of it).
 */
async function heldOutsideHeap(): Promise<number> {
	collectGarbage();
	await new Promise((resolve) => setImmediate(resolve));
	collectGarbage();
	const { external, arrayBuffers } = process.memoryUsage();
	return Math.max(external, arrayBuffers);
}

/** `size` bytes of a fixed pattern, made and hashed 1 MiB at a time, never whole. */
function patternStream(size: number): { stream: Readable; sha256: string } {
	const chunk = randomBytes(1024 * 1024);
	const hash = createHash('sha256');
	for (let sent = 0; sent < size; sent += chunk.length) hash.update(chunk.subarray(0, Math.min(chunk.length, size - sent)));
	let sent = 0;
	const stream = new Readable({
		read() {
			if (sent >= size) return void this.push(null);
			const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
			sent += part.length;
			this.push(part);
		},
	});
	return { stream, sha256: hash.digest('hex') };
}

async function sha256Of(stream: AsyncIterable<Buffer>): Promise<string> {
	const hash = createHash('sha256');
	for await (const chunk of stream) hash.update(chunk);
	return hash.digest('hex');
}

/**
 * File › Create and File › Download with n8n keeping binary data in its filesystem mode (as most
 * self-hosted n8n do for large files), a 96 MiB file, and what the process holds measured at the
 * moment whole-file buffering would hold the whole file.
 */
describe('files stream through n8n’s filesystem binary mode', () => {
	let fake: FakeCopilotApi;
	let storagePath: string;
	const credentials = () => ({ apiKey: API_KEY, baseUrl: fake.url });
	const measured: string[] = [];
	const isStorage = (method: string) => (request: RecordedRequest) => request.host === 'storage' && request.method === method;

	beforeAll(async () => {
		storagePath = mkdtempSync(join(tmpdir(), 'copilot-binary-data-'));
		process.env.N8N_DEFAULT_BINARY_DATA_MODE = 'filesystem';
		process.env.N8N_BINARY_DATA_STORAGE_PATH = storagePath;
		await Container.get(BinaryDataService).init();
		fake = await startFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false });
	});

	afterAll(async () => {
		await fake.stop();
		rmSync(storagePath, { recursive: true, force: true });
		process.stdout.write(`\nMemory held outside V8's heap beyond the start, for a ${MiB(FILE_BYTES)} file:\n${measured.join('\n')}\n\n`);
	});

	/** The binary field's bytes, read back from n8n's storage as a stream. */
	async function storedSha256(item: INodeExecutionData): Promise<string> {
		const binary = item.binary!.data as IBinaryData;
		const context = executeContext({ parameters: {}, inputItems: [item], credentials: credentials() });
		return await sha256Of(await context.helpers.getBinaryStream(binary.id!));
	}

	it('File › Create streams a 96 MiB file from n8n’s storage to Copilot’s, holding a fraction of it', async () => {
		const { stream, sha256 } = patternStream(FILE_BYTES);
		const binary = await executeContext({ parameters: {}, credentials: credentials() }).helpers.prepareBinaryData(
			stream as unknown as Buffer,
			'large.bin',
			'application/octet-stream',
		);
		expect(binary.id).toMatch(/^filesystem/);
		const before = await heldOutsideHeap();
		// At its first byte's arrival, a node that read the file whole would hold all of it.
		const held = fake.waitForRequests(isStorage('PUT')).then(async () => (await heldOutsideHeap()) - before);
		const parameters = { resource: 'file', operation: 'create', fileType: 'file', channelId: fake.demo.fileChannels[0].id, path: 'large.bin', binaryPropertyName: 'data' };
		const [file] = await runCopilotNode({
			parameters: parameters as INodeParameters,
			inputItems: [{ json: {}, binary: { data: binary } }],
			credentials: credentials(),
		});
		measured.push(`  File › Create, when the upload began: ${MiB(await held)}`);
		expect(await held).toBeLessThan(MOST_HELD);
		const upload = fake.store.get('upload', String(file.json.id))!;
		expect(upload).toMatchObject({ contentLength: String(FILE_BYTES), chunked: false });
		expect(createHash('sha256').update(upload.content as unknown as Buffer).digest('hex')).toBe(sha256);
		fake.store.update('file', String(file.json.id), { content: undefined });
		fake.store.remove('upload', String(file.json.id));
	}, 120_000);

	it('File › Download streams a 96 MiB file from Copilot’s storage into n8n’s, holding a fraction of it', async () => {
		const { stream, sha256 } = patternStream(FILE_BYTES);
		const content = Buffer.concat(await stream.toArray());
		const file = fake.store.add('file', {
			object: 'file',
			name: 'large-download.bin',
			path: 'large-download.bin',
			channelId: fake.demo.fileChannels[0].id,
			status: 'completed',
			size: content.length,
			content,
			contentType: 'application/octet-stream',
		});
		const before = await heldOutsideHeap();
		// Once the storage host has sent its last byte, a node that collected the file would hold nearly all of it.
		const held = fake.waitForAnswers(isStorage('GET')).then(async () => (await heldOutsideHeap()) - before);
		const [item] = await runCopilotNode({
			parameters: { resource: 'file', operation: 'download', fileId: file.id, binaryPropertyName: 'data' },
			credentials: credentials(),
		});
		measured.push(`  File › Download, when the storage host had sent the last byte: ${MiB(await held)}`);
		expect(await held).toBeLessThan(MOST_HELD);
		expect(item.binary!.data).toMatchObject({ fileName: 'large-download.bin', bytes: FILE_BYTES });
		expect(item.binary!.data.id).toMatch(/^filesystem/);
		expect(await storedSha256(item)).toBe(sha256);
		fake.store.remove('file', file.id);
	}, 120_000);
});
