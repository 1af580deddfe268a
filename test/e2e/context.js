// One real n8n per version, with the package installed, a credential, a sink and helpers,
// shared by the end-to-end test modules.
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { installCommunityPackage, packPackage } = require('../../scripts/lib/n8n/community-package');
const { connect, nodeItems, waitForWebhook } = require('../../scripts/lib/n8n/api');
const { startN8n } = require('../../scripts/lib/n8n/process');
const { ensureN8n } = require('../../scripts/lib/n8n/runtime');
const { postSigned } = require('../../scripts/lib/http/signed-request');
const { startSink } = require('./sink');

const SECRET = 'e2e-signing-secret-7f3a9c';
const API_KEY = 'e2e-api-key-4b8d2e61';
const EVENTS_DIR = join(__dirname, '..', '..', 'examples', 'events');
/** n8n's body limit for these runs, in MiB (N8N_PAYLOAD_SIZE_MAX; n8n's default is 16). */
const PAYLOAD_LIMIT_MIB = 2;
/**
 * n8n's time zone for these runs: east of UTC, where a date read as n8n's local time falls on the day
 * before in UTC (copilot-server.js checks due dates there). Both the process's and n8n's own setting.
 */
const N8N_TIME_ZONE = 'Asia/Tokyo';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls until `count()` reaches `expected` (or, with `stableMs`, stops changing for that long), then
 * waits a little more to catch any extra.
 */
async function settle(count, expected, { timeoutMs = 30_000, quietMs = 1500, stableMs = Infinity } = {}) {
	const deadline = Date.now() + timeoutMs;
	let last = -1;
	let lastChange = Date.now();
	for (let current = await count(); current < expected && Date.now() < deadline; current = await count()) {
		if (current !== last) [last, lastChange] = [current, Date.now()];
		else if (Date.now() - lastChange >= stableMs) break;
		await sleep(200);
	}
	await sleep(quietMs);
	return count();
}

function sample(eventType, id) {
	const event = JSON.parse(readFileSync(join(EVENTS_DIR, `${eventType}.json`), 'utf8'));
	event.data.id = id;
	return event;
}

/** Everything a test module needs; filled in by `start()` in a beforeAll. */
function createContext(version) {
	const ctx = {
		version,
		workflows: {},
		/** Every response body n8n sent back, to search for leaked secrets. */
		answers: [],
		/** Secrets of other credentials the suites create, which must not leak either. */
		extraSecrets: [],
		summary: { version, checks: 0, accepted: 0, refused: 0, n8nAnswers: [] },
		/** Per workflow: the ids of events that must have run once, and of those that must not have run. */
		sent: {},
		sentTo: (key) => (ctx.sent[key] ??= { accepted: [], refused: [] }),
		sequence: 0,
		nextId: (label) => `${label}-${version}-${++ctx.sequence}`,
		webhookUrl: (webhookId) => `${ctx.n8n.baseUrl}/webhook/${webhookId}/webhook`,
		executionsOf: (key) => ctx.client.executions(ctx.workflows[key].id),
		triggerItemsOf: async (key) =>
			(await ctx.executionsOf(key)).flatMap((execution) => nodeItems(execution, 'Copilot Trigger') ?? []),
		/** Creates and publishes a workflow; `url` for one that does not start with our trigger. */
		async publish(key, workflow, url) {
			const created = await ctx.client.createWorkflow(workflow);
			await ctx.client.activate(created.id);
			ctx.workflows[key] = { id: created.id, url: url ?? ctx.webhookUrl(workflow.webhookId ?? workflow.nodes[0].webhookId) };
			await waitForWebhook(ctx.workflows[key].url);
		},
		/**
		 * Sends a genuine event to workflow `key` and waits until it has run, once: the positive signal
		 * after requests that must run nothing, since anything they had started would have started first.
		 */
		async genuineEventRuns(key, label) {
			const event = sample('client.updated', ctx.nextId(label));
			await ctx.send(key, event, {}, 200);
			const runs = await settle(async () => (await ctx.triggerItemsOf(key)).filter((item) => item.data.id === event.data.id).length, 1);
			expect(runs).toBe(1);
			ctx.sentTo(key).accepted.push(event.data.id);
			ctx.summary.accepted += 1;
			return event;
		},
		async send(key, body, options, expectedStatus) {
			const raw = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
			const result = await postSigned(ctx.workflows[key].url, raw, SECRET, options);
			ctx.answers.push(result.body);
			if (expectedStatus !== undefined) expect(result.status).toBe(expectedStatus);
			return result;
		},
		async startN8n(port) {
			const n8n = await startN8n(ctx.runtime, {
				userFolder: ctx.userFolder,
				port,
				logLevel: 'debug',
				extra: { N8N_PAYLOAD_SIZE_MAX: String(PAYLOAD_LIMIT_MIB), TZ: N8N_TIME_ZONE, GENERIC_TIMEZONE: N8N_TIME_ZONE },
			});
			ctx.logFiles.push(n8n.logFile);
			return n8n;
		},
		async start() {
			ctx.runtime = await ensureN8n(version);
			ctx.userFolder = mkdtempSync(join(tmpdir(), `copilot-e2e-${version}-`));
			installCommunityPackage(ctx.userFolder, packPackage());
			ctx.n8n = await ctx.startN8n();
			ctx.client = await connect(ctx.n8n.baseUrl);
			ctx.sink = await startSink();
			ctx.credential = await ctx.client.createCopilotCredential('Copilot e2e', { apiKey: API_KEY, webhookSigningSecret: SECRET });
		},
		/** Everything n8n logged at debug level during this run, from its log files. */
		logs() {
			return ctx.logFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
		},
		logFiles: [],
		async stop() {
			await ctx.n8n?.stop();
			await ctx.sink?.stop();
		},
		cleanUp() {
			if (ctx.userFolder) rmSync(ctx.userFolder, { recursive: true, force: true });
		},
	};
	return ctx;
}

module.exports = { API_KEY, N8N_TIME_ZONE, PAYLOAD_LIMIT_MIB, SECRET, createContext, sample, settle, sleep };
