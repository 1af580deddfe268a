import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { hmacHex, SECRET } from './helpers/signing';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');
const eventFile = (type: string) => readFileSync(join(ROOT, 'examples', 'events', `${type}.json`));

interface Received {
	body: Buffer;
	signature: string | undefined;
}

describe('npm run send-event', () => {
	let server: Server;
	let url: string;
	const received: Received[] = [];

	beforeAll(async () => {
		server = createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				received.push({ body: Buffer.concat(chunks), signature: request.headers['x-copilot-signature'] as string | undefined });
				response.end();
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
	});

	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	async function send(...args: string[]): Promise<Received> {
		received.length = 0;
		const { stdout } = await run(process.execPath, [join(ROOT, 'scripts', 'send-event.js'), '--url', url, '--secret', SECRET, ...args]);
		expect(stdout).toMatch(/^HTTP 200/);
		expect(received).toHaveLength(1);
		const [delivery] = received;
		expect(delivery.signature).toBe(hmacHex(delivery.body));
		return delivery;
	}

	it('sends a task event as Copilot does: the task, no previous values, created stamped with the time of sending', async () => {
		const before = Date.now();
		const { body } = await send('task.completed');
		const event = JSON.parse(body.toString('utf8'));
		const file = JSON.parse(eventFile('task.completed').toString('utf8'));
		expect(event).toEqual({ ...file, created: expect.any(String) });
		expect(Date.parse(event.created)).toBeGreaterThanOrEqual(before - 1000);
		expect(Date.parse(event.created)).toBeLessThanOrEqual(Date.now());
		expect(JSON.stringify(event)).not.toContain('previousAttributes');
	});

	it('sends the file’s bytes as written with --created keep, and for an event without created', async () => {
		expect((await send('--created', 'keep', 'task.updated')).body.equals(eventFile('task.updated'))).toBe(true);
		expect((await send('client.updated')).body.equals(eventFile('client.updated'))).toBe(true);
	});

	it('sets created and the id asked for', async () => {
		const { body } = await send('--created', '2026-12-24T18:00:00Z', '--id', 'task-42', 'task.archived');
		expect(JSON.parse(body.toString('utf8'))).toMatchObject({ eventType: 'task.archived', created: '2026-12-24T18:00:00Z', data: { id: 'task-42', isArchived: true } });
	});
});
