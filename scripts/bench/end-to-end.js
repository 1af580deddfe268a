// Part 2 of `npm run bench`: the workflows in one real n8n, driven by autocannon on loopback,
// interleaved in rounds so that each ratio compares runs made moments apart.
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const autocannon = require('autocannon');

const { installCommunityPackage, packPackage } = require('../lib/n8n/community-package');
const { connect, waitForWebhook } = require('../lib/n8n/api');
const { startN8n } = require('../lib/n8n/process');
const { ensureN8n } = require('../lib/n8n/runtime');
const { copilotSignature } = require('../lib/http/signed-request');
const { bodyWithChangedFields } = require('./payloads');
const { SECRET, workflows } = require('./workflows');

const ORDER = ['copilotTrigger', 'copilotTriggerV1', 'webhookOnly', 'webhookAndCode'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `amount` signed requests with autocannon. autocannon notices that `amount` is reached only on
 * its one-second tick, so its own duration overstates short runs; the run is timed instead from the
 * first request sent to the last response received.
 */
function load(url, raw, connections, amount) {
	return new Promise((resolve, reject) => {
		let first;
		let last;
		const instance = autocannon(
			{
				url,
				method: 'POST',
				body: raw,
				headers: { 'content-type': 'application/json', 'x-copilot-signature': copilotSignature(raw, SECRET) },
				connections,
				amount,
				timeout: 30,
			},
			(error, result) => (error ? reject(error) : resolve({ ...result, seconds: (last - first) / 1000 })),
		);
		instance.on('response', (_client, _status, _bytes, responseTime) => {
			const now = performance.now();
			first = Math.min(first ?? Infinity, now - responseTime);
			last = now;
		});
	});
}

/** Waits until every execution the run started has finished; returns when the last one stopped. */
async function drain(client, workflowId, expected, since) {
	const deadline = Date.now() + 120_000;
	for (;;) {
		const executions = (await client.executions(workflowId, { includeData: false })).filter(
			(e) => Date.parse(e.startedAt) >= since,
		);
		const finished = executions.filter((e) => e.stoppedAt);
		if (finished.length >= expected || Date.now() > deadline) {
			return {
				executions: executions.length,
				failed: executions.filter((e) => e.status && e.status !== 'success').length,
				lastStopped: Math.max(...finished.map((e) => Date.parse(e.stoppedAt))),
			};
		}
		await sleep(250);
	}
}

async function benchN8n(version, { rounds, concurrencies, requests, env = {}, label = `n8n@${version}` }) {
	const runtime = await ensureN8n(version);
	const userFolder = mkdtempSync(join(tmpdir(), `copilot-bench-${version}-`));
	installCommunityPackage(userFolder, packPackage());
	const extra = { NODE_FUNCTION_ALLOW_BUILTIN: 'crypto', ...env };
	const n8n = await startN8n(runtime, { userFolder, extra });
	try {
		const client = await connect(n8n.baseUrl);
		const credential = await client.createCopilotCredential('bench', { apiKey: 'bench', webhookSigningSecret: SECRET });
		const flows = workflows(credential);
		const ids = {};
		for (const key of ORDER) {
			const created = await client.createWorkflow(flows[key]);
			await client.activate(created.id);
			ids[key] = created.id;
			await waitForWebhook(`${n8n.baseUrl}${flows[key].url}`);
		}
		const raw = bodyWithChangedFields(5);
		// One unmeasured pass warms every path (code caches, the task runner, SQLite pages).
		for (const key of ORDER) {
			await load(`${n8n.baseUrl}${flows[key].url}`, raw, 2, 20);
			await drain(client, ids[key], 20, 0);
		}
		const runs = [];
		for (let round = 1; round <= rounds; round++) {
			for (const connections of concurrencies) {
				for (const key of ORDER) {
					const since = Date.now() - 5;
					const amount = requests[connections] ?? requests.default;
					const result = await load(`${n8n.baseUrl}${flows[key].url}`, raw, connections, amount);
					const { seconds } = result;
					const drained = await drain(client, ids[key], amount, since);
					const done = Math.max(drained.lastStopped, since + seconds * 1000);
					runs.push({
						round,
						connections,
						workflow: key,
						requests: result.requests.total,
						non2xx: result.non2xx,
						errors: result.errors + result.timeouts,
						answeredPerSecond: result.requests.total / seconds,
						executedPerSecond: drained.executions / ((done - since) / 1000),
						executions: drained.executions,
						failedExecutions: drained.failed,
						p50: result.latency.p50,
						p99: result.latency.p99,
					});
					process.stdout.write(
						`  ${label} round ${round} c=${connections} ${key}: ${(result.requests.total / seconds).toFixed(1)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${drained.executions} executions\n`,
					);
				}
			}
		}
		return { version, label, env, runs, bodyBytes: raw.length };
	} finally {
		await n8n.stop();
		rmSync(userFolder, { recursive: true, force: true });
	}
}

module.exports = { benchN8n, ORDER };
