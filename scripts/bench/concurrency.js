#!/usr/bin/env node
// `npm run bench:concurrency`: several executions creating clients at the same time against Copilot's
// 20 requests/s limit, as a burst of Copilot events starts them, on one n8n and in queue mode with two
// workers. Compares the Copilot node (one limiter per workspace in each n8n process, 429s waited out)
// with what a user builds without it (the HTTP Request node batching 20 a second in each execution),
// in one run, and writes the table into BENCHMARKS.md.
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { writeSection } = require('../lib/benchmarks-file');
const { postSigned } = require('../lib/http/signed-request');
const { installCommunityPackage, packPackage } = require('../lib/n8n/community-package');
const { connect, waitForWebhook } = require('../lib/n8n/api');
const { startN8n } = require('../lib/n8n/process');
const { ensureN8n } = require('../lib/n8n/runtime');
const { DEFAULT_N8N_VERSION } = require('../lib/n8n/versions');
const { startFakeCopilotApi } = require('../../test/fake-copilot-api');
const { createCluster } = require('../../test/queue/cluster');
const { SECRET, WEBHOOK_IDS, actionWorkflows } = require('./action-workflows');

const API_KEY = 'bench-concurrency-key';
const VERSION = process.env.BENCH_N8N_VERSION || DEFAULT_N8N_VERSION;
const EXECUTIONS = Number(process.env.BENCH_EXECUTIONS || 6);
const CREATES_EACH = Number(process.env.BENCH_CREATES_EACH || 100);
const LIMIT_PER_SECOND = 20;
const WORKFLOWS = ['copilotCreate', 'httpCreate'];
const NAMES = {
	copilotCreate: 'Copilot node',
	httpCreate: 'HTTP Request, batches of 20 every 1,000 ms',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function event(data) {
	return JSON.stringify({ eventType: 'client.created', created: new Date().toISOString(), data: { object: 'client', ...data } });
}

/** Sends `EXECUTIONS` events at once, each starting an execution of CREATES_EACH creates, and counts what Copilot got. */
async function burst(setup, key, fake) {
	await sleep(2000); // the fake's bucket full again, whatever ran before
	const tag = `${setup.name.replace(/\W+/g, '-')}-${key}-${Date.now()}`;
	const batches = Array.from({ length: EXECUTIONS }, (_, batch) =>
		Array.from({ length: CREATES_EACH }, (_, i) => ({ givenName: `B${batch}-${i}`, familyName: tag, email: `${tag}-${batch}-${i}@example.com` })),
	);
	fake.clearRequests();
	const started = performance.now();
	const answers = await Promise.all(
		batches.map((clients, batch) => postSigned(setup.urlOf(key), event({ id: `${tag}-${batch}`, clients }), SECRET)),
	);
	const seconds = (performance.now() - started) / 1000;
	const { byStatus } = fake.stats();
	const made = fake.store.list('client').filter((client) => client.familyName === tag);
	const perEmail = new Map();
	for (const client of made) perEmail.set(client.email, (perEmail.get(client.email) ?? 0) + 1);
	const expected = EXECUTIONS * CREATES_EACH;
	// At Copilot: from the first create it received to the last it answered, n8n's start of each execution left out.
	const creates = fake.requests.filter((request) => request.method === 'POST' && request.path === '/v1/clients');
	const copilotSeconds = creates.length === 0 ? NaN : (Math.max(...creates.map((request) => request.answeredAt ?? 0)) - creates[0].at) / 1000;
	const row = {
		setup: setup.name,
		workflow: key,
		seconds,
		created: perEmail.size,
		failed: expected - perEmail.size,
		twice: [...perEmail.values()].filter((count) => count > 1).length,
		tooMany: byStatus['429'] ?? 0,
		executionsOk: answers.filter((answer) => answer.status === 200).length,
	};
	row.perSecond = row.created / seconds;
	row.atCopilotPerSecond = row.created / copilotSeconds;
	console.log(
		`  ${setup.name}, ${NAMES[key]}: ${row.created}/${expected} created in ${seconds.toFixed(1)} s (${row.perSecond.toFixed(1)}/s end to end, ${row.atCopilotPerSecond.toFixed(1)}/s at Copilot), ${row.failed} failed, ${row.twice} twice, ${row.tooMany} × 429, ${row.executionsOk}/${EXECUTIONS} executions answered 200`,
	);
	return row;
}

async function publishAll(client, fake, urlOf, webhookBases) {
	const credential = await client.createCopilotCredential('bench concurrency', { apiKey: API_KEY, webhookSigningSecret: SECRET, baseUrl: fake.url });
	const flows = actionWorkflows({ listCredential: credential, limitedCredential: credential, apiKey: API_KEY, listUrl: fake.url, limitedUrl: fake.url });
	for (const key of WORKFLOWS) {
		const created = await client.createWorkflow(flows[key]);
		await client.activate(created.id);
		for (const base of webhookBases) await waitForWebhook(`${base}/webhook/${WEBHOOK_IDS[key]}/webhook`);
	}
	return urlOf;
}

async function oneN8n(fake) {
	const runtime = await ensureN8n(VERSION);
	const userFolder = mkdtempSync(join(tmpdir(), 'copilot-bench-concurrency-'));
	installCommunityPackage(userFolder, packPackage());
	const n8n = await startN8n(runtime, { userFolder });
	try {
		const urlOf = (key) => `${n8n.baseUrl}/webhook/${WEBHOOK_IDS[key]}/webhook`;
		await publishAll(await connect(n8n.baseUrl), fake, urlOf, [n8n.baseUrl]);
		const setup = { name: `one n8n@${VERSION}`, urlOf };
		const rows = [];
		for (const key of WORKFLOWS) rows.push(await burst(setup, key, fake));
		return rows;
	} finally {
		await n8n.stop();
		rmSync(userFolder, { recursive: true, force: true });
	}
}

async function queueMode(fake) {
	const cluster = createCluster(VERSION);
	try {
		await cluster.start();
		await cluster.scaleUp();
		const urlOf = (key) => `${cluster.balancer.url}/webhook/${WEBHOOK_IDS[key]}/webhook`;
		await publishAll(cluster.client, fake, urlOf, cluster.webhooks.map((webhook) => webhook.baseUrl));
		const setup = { name: `queue mode, n8n@${VERSION}, 2 webhook processes, 2 workers`, urlOf };
		const rows = [];
		for (const key of WORKFLOWS) rows.push(await burst(setup, key, fake));
		return rows;
	} finally {
		await cluster.stop();
	}
}

const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function render(rows, { startedAt, seconds }) {
	const lines = [
		'## 4. Executions at once against the rate limit (`npm run bench:concurrency`)',
		'',
		`Measured on ${startedAt.slice(0, 10)}, ${Math.round(seconds)} s: ${EXECUTIONS} Copilot events at once, each starting an execution that creates ${CREATES_EACH} clients (${EXECUTIONS * CREATES_EACH} creates together), against the fake Copilot API limited as Copilot is (a token bucket of 20 at once and 20 more a second, 429 beyond). Two rates of clients created: *at Copilot*, from the first create Copilot received to the last it answered (the throughput against its limit), and *end to end*, from the first event sent to the last execution answered (*Respond: When Workflow Finishes*), which adds n8n's start and end of each execution. In queue mode the events go through a balancer to two webhook processes, and two workers run the executions, each worker with its own limiter. "Twice" counts clients created more than once.`,
		'',
		'| setup | workflow | created/s at Copilot | ÷ 20/s | created/s end to end | ÷ 20/s | created | failed | twice | answered 429 | executions answered 200 |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows.map(
			(row) =>
				`| ${row.setup} | ${NAMES[row.workflow]} | ${fixed(row.atCopilotPerSecond, 1)} | ${fixed(row.atCopilotPerSecond / LIMIT_PER_SECOND)} | ${fixed(row.perSecond, 1)} | ${fixed(row.perSecond / LIMIT_PER_SECOND)} | ${row.created} | ${row.failed} | ${row.twice} | ${row.tooMany} | ${row.executionsOk}/${EXECUTIONS} |`,
		),
		'',
	];
	for (const row of rows.filter((candidate) => candidate.workflow === 'copilotCreate')) {
		const met = row.atCopilotPerSecond >= 0.9 * LIMIT_PER_SECOND && row.failed === 0 && row.twice === 0;
		lines.push(
			`${row.setup}: target ≥ 0.9 × 20/s at Copilot, 0 failures, none twice: ${met ? 'met' : '**missed**'} (end to end ${fixed(row.perSecond / LIMIT_PER_SECOND)} × 20/s).`,
			'',
		);
	}
	return lines.join('\n');
}

async function benchConcurrency() {
	const started = Date.now();
	const fake = await startFakeCopilotApi({ apiKey: API_KEY, rateLimit: { perSecond: LIMIT_PER_SECOND, burst: LIMIT_PER_SECOND } });
	try {
		console.log(`${EXECUTIONS} executions at once, ${CREATES_EACH} creates each, on one n8n@${VERSION}`);
		const rows = await oneN8n(fake);
		console.log(`The same in queue mode with two workers`);
		rows.push(...(await queueMode(fake)));
		writeSection('concurrency-results', render(rows, { startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000 }));
		return rows;
	} finally {
		await fake.stop();
	}
}

if (require.main === module) {
	benchConcurrency().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}

module.exports = { benchConcurrency };
