import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// n8n-core writes an encryption key into the n8n user folder the first time it needs one: keep it
// out of the developer's home.
if (!process.env.N8N_USER_FOLDER) {
	process.env.N8N_USER_FOLDER = join(tmpdir(), 'n8n-nodes-copilot-unit-tests');
	mkdirSync(process.env.N8N_USER_FOLDER, { recursive: true });
}
