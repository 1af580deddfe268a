#!/usr/bin/env node
// `npm run dev`: a real n8n on http://127.0.0.1:5678 with this package installed as a community
// package and the example workflows imported, beside a fake Copilot API with demo data and a fake
// Copilot portal that opens the custom app example as a demo person, so that trigger → action and
// custom apps can be tried without a Copilot account. n8n and its Node.js are cached outside the clone.
const { existsSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const { startFakeCopilotApi, startFakePortal } = require('../test/fake-copilot-api');
const { cacheDir } = require('./lib/cache');
const { installCommunityPackage, packPackage, ROOT } = require('./lib/n8n/community-package');
const { n8nCommand, startN8n } = require('./lib/n8n/process');
const { ensureN8n } = require('./lib/n8n/runtime');
const { DEFAULT_N8N_VERSION } = require('./lib/n8n/versions');
const { run } = require('./lib/process/run');

const EXAMPLES = [
	'copilot-branching.json',
	'copilot-onboarding.json',
	'copilot-company-clients.json',
	'copilot-form-to-client.json',
	'copilot-custom-app.json',
];
const webhookIdOf = (file) => require(join(ROOT, 'examples', file)).nodes.find((node) => node.webhookId).webhookId;
const FAKE_API_KEY = 'dev-api-key';
const FAKE_APP_KEY = 'dev-custom-app-key';
const DEV_WORKSPACE_ID = 'dev-workspace';
const SIGNING_SECRET = 'dev-secret';

async function importExamples(runtime, userFolder, port) {
	for (const file of EXAMPLES) {
		const marker = join(userFolder, `.imported-${file}`);
		if (existsSync(marker)) continue;
		console.log(`Importing examples/${file} (inactive)`);
		await n8nCommand(runtime, ['import:workflow', `--input=${join(ROOT, 'examples', file)}`], { userFolder, port, brokerPort: port + 1000 });
		writeFileSync(marker, new Date().toISOString());
	}
}

async function main() {
	const version = process.env.N8N_VERSION || DEFAULT_N8N_VERSION;
	const port = Number(process.env.N8N_PORT || 5678);
	const fakePort = Number(process.env.FAKE_COPILOT_PORT || 5680);

	console.log('Building n8n-nodes-copilot');
	await run('npm', ['run', '--silent', 'build'], { cwd: ROOT, label: 'build' });
	const runtime = await ensureN8n(version);

	const userFolder = join(cacheDir(), 'dev', `n8n-${version}`);
	console.log(`Installing the package into ${userFolder}/.n8n/nodes`);
	installCommunityPackage(userFolder, packPackage());
	await importExamples(runtime, userFolder, port);

	const fake = await startFakeCopilotApi({ apiKey: FAKE_API_KEY, appApiKey: FAKE_APP_KEY, seed: 'demo', port: fakePort });
	// One Workspace ID on every start, so that the custom app's credential (which names it) keeps working.
	const [workspace] = fake.store.list('workspace');
	fake.store.remove('workspace', workspace.id);
	fake.store.add('workspace', { ...workspace, id: DEV_WORKSPACE_ID });
	const [client] = fake.demo.clients;
	// A few more open tasks for the first client, for the custom app to list.
	for (const name of ['Sign the engagement letter', 'Upload a photo ID']) {
		fake.store.add('task', { name, status: 'todo', clientId: client.id, companyId: client.companyId, isArchived: false });
	}
	console.log(`Starting n8n@${version}`);
	const n8n = await startN8n(runtime, { userFolder, port, echo: true });
	const url = (file) => `${n8n.baseUrl}/webhook/${webhookIdOf(file)}/webhook`;
	const portal = await startFakePortal({
		api: fake,
		appUrl: `${n8n.baseUrl}/webhook/${webhookIdOf('copilot-custom-app.json')}/app`,
		port: Number(process.env.FAKE_PORTAL_PORT || 5681),
	});
	console.log(`
n8n@${version} with n8n-nodes-copilot is running: ${n8n.baseUrl}
A fake Copilot API with demo data is running: ${fake.url} (API key ${FAKE_API_KEY})
A fake Copilot portal for the custom app example is running: ${portal.url}

Next steps:
  1. Open ${n8n.baseUrl} and create the owner account (first run only).
  2. Create a Copilot API credential (in any Copilot node): API Key ${FAKE_API_KEY},
     Webhook Signing Secret ${SIGNING_SECRET}, Base URL ${fake.url}. "Test" should pass.
     (To create, delete or mark notifications, which Copilot allows only to a custom app: Key Type
     Custom App Key, API Key ${fake.appApiKey}, Workspace ID ${fake.workspaceId}.)
  3. Open "Copilot: new client → onboarding task and welcome message", pick that credential in
     each Copilot node, and publish (activate) it.
  4. In another terminal, tell it that the demo client ${client.givenName} ${client.familyName} was created:
       npm run send-event -- --url ${url('copilot-onboarding.json')} --secret ${SIGNING_SECRET} --id ${client.id} client.created
     The execution shows the client read from the fake API, the task created and the message sent.
  The branching example takes any event, e.g.
       npm run send-event -- --url ${url('copilot-branching.json')} --secret ${SIGNING_SECRET} client.updated
  and --bad-signature shows the 401. "Copilot: form submitted → company and client ..." takes a form
  posted to ${n8n.baseUrl}/webhook/copilot-form-to-client once published, e.g.
       curl -X POST -H 'content-type: application/json' -d '{"name":"Ada Lovelace","email":"ada@example.com","company":"Analytical Engines"}' ${n8n.baseUrl}/webhook/copilot-form-to-client
  5. A custom app: make a second Copilot API credential with Key Type "Custom App Key", API Key
     ${FAKE_APP_KEY}, Workspace ID ${fake.workspaceId} and Base URL ${fake.url}; open "Copilot custom
     app: a client’s open tasks, with Mark done", pick it in the App Trigger and each Copilot node, and
     publish. Then open the fake Copilot portal, ${portal.url}, and open the app as a demo person: it
     frames ${n8n.baseUrl}/webhook/${webhookIdOf('copilot-custom-app.json')}/app with a token for them.
  The fake API's demo data lives only as long as this process.

Logs: ${n8n.logFile}
Press Ctrl-C to stop n8n, the fake Copilot API and its portal.
`);

	let stopping = false;
	const shutdown = async () => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping n8n…');
		await n8n.stop();
		await portal.stop();
		await fake.stop();
		process.exit(0);
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
	const { code, signal } = await n8n.waitForExit();
	if (!stopping) {
		console.error(`n8n stopped by itself (${code ?? signal}); see ${n8n.logFile}`);
		await portal.stop();
		await fake.stop();
		process.exit(1);
	}
}

main().catch((error) => {
	console.error(error.message);
	process.exit(1);
});
