#!/usr/bin/env node
// `npm run dev`: a real n8n on http://127.0.0.1:5678 with this package installed as a community
// package, and the example workflow imported. n8n and its Node.js are cached outside the clone.
const { existsSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const { installCommunityPackage, packPackage, ROOT } = require('./lib/n8n/community-package');
const { n8nCommand, startN8n } = require('./lib/n8n/process');
const { run } = require('./lib/process/run');
const { cacheDir, ensureN8n } = require('./lib/n8n/runtime');
const { DEFAULT_N8N_VERSION } = require('./lib/n8n/versions');

const EXAMPLE = join(ROOT, 'examples', 'copilot-branching.json');
const EXAMPLE_WEBHOOK_ID = require(EXAMPLE).nodes.find((node) => node.webhookId).webhookId;

async function main() {
	const version = process.env.N8N_VERSION || DEFAULT_N8N_VERSION;
	const port = Number(process.env.N8N_PORT || 5678);

	console.log('Building n8n-nodes-copilot');
	await run('npm', ['run', '--silent', 'build'], { cwd: ROOT, label: 'build' });
	const runtime = await ensureN8n(version);

	const userFolder = join(cacheDir(), 'dev', `n8n-${version}`);
	console.log(`Installing the package into ${userFolder}/.n8n/nodes`);
	installCommunityPackage(userFolder, packPackage());

	const imported = join(userFolder, '.example-imported');
	if (!existsSync(imported)) {
		console.log('Importing the example workflow (inactive)');
		await n8nCommand(runtime, ['import:workflow', `--input=${EXAMPLE}`], { userFolder, port, brokerPort: port + 1000 });
		writeFileSync(imported, new Date().toISOString());
	}

	console.log(`Starting n8n@${version}`);
	const n8n = await startN8n(runtime, { userFolder, port, echo: true });
	const webhookUrl = `${n8n.baseUrl}/webhook/${EXAMPLE_WEBHOOK_ID}/webhook`;
	console.log(`
n8n@${version} with n8n-nodes-copilot is running: ${n8n.baseUrl}

Next steps:
  1. Open ${n8n.baseUrl} and create the owner account (first run only).
  2. Open the workflow "Copilot: branch on event type and changed fields".
  3. In its Copilot Trigger, create a Copilot API credential: any API key, and a Webhook Signing
     Secret such as dev-secret. Publish (activate) the workflow.
  4. In another terminal, send a signed sample event:
       npm run send-event -- --url ${webhookUrl} --secret dev-secret client.updated
     and see the execution under Executions. --bad-signature shows the 401.

Logs: ${n8n.logFile}
Press Ctrl-C to stop n8n.
`);

	let stopping = false;
	const shutdown = async () => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping n8n…');
		await n8n.stop();
		process.exit(0);
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
	const { code, signal } = await n8n.waitForExit();
	if (!stopping) {
		console.error(`n8n stopped by itself (${code ?? signal}); see ${n8n.logFile}`);
		process.exit(1);
	}
}

main().catch((error) => {
	console.error(error.message);
	process.exit(1);
});
