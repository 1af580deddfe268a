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
const { TRIGGER_TYPE } = require('./trigger-at-ref');
const { SECRET, workflows } = require('./workflows');

const ORDER = ['copilotTrigger', 'copilotTriggerV1', 'webhookOnly', 'webhookAndCode'];

/**
 * Runs that send a trigger's workflow events signed with another secret, all answered 401: what a flood
 * of forged events costs (the trigger may read its credential again before it refuses one).
 */
const FORGED_RUNS = { copilotTriggerForged: 'copilotTrigger', copilotTriggerBeforeForged: 'copilotTriggerBefore' };
const FORGING_SECRET = 'not-the-signing-secret';

/** The runs of every round, in turn; with a build of another commit, its trigger's beside ours. */
function runOrder(withBefore) {
	const keys = withBefore ? ['copilotTriggerBefore', ...ORDER] : ORDER;
	const forged = Object.keys(FORGED_RUNS).filter((run) => keys.includes(FORGED_RUNS[run]));
	return [...keys, ...forged];
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `amount` signed requests with autocannon. autocannon notices that `amount` is reached only on
 * its one-second tick, so its own duration overstates short runs; the run is timed instead from the
 * first request sent to the last response received.
 */
function load(url, raw, connections, amount, secret = SECRET) {
	return new Promise((resolve, reject) => {
		let first;
		let last;
		const instance = autocannon(
			{
				url,
				method: 'POST',
				body: raw,
				headers: { 'content-type': 'application/json', 'x-copilot-signature': copilotSignature(raw, secret) },
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

/** The runs of round `round` (from 1): each round starts one later, so that no run always follows the same one. */
function inTurn(order, round) {
	const first = (round - 1) % order.length;
	return [...order.slice(first), ...order.slice(0, first)];
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

/**
 * Part 2 in one n8n. With `before` ({ tarball, commit } from trigger-at-ref.js) the trigger of that
 * commit runs in the same rounds as the current one.
 */
async function benchN8n(version, { rounds, concurrencies, requests, env = {}, label = `n8n@${version}`, before }) {
	const runtime = await ensureN8n(version);
	const userFolder = mkdtempSync(join(tmpdir(), `copilot-bench-${version}-`));
	installCommunityPackage(userFolder, packPackage());
	if (before) installCommunityPackage(userFolder, before.tarball);
	const extra = { NODE_FUNCTION_ALLOW_BUILTIN: 'crypto', ...env };
	const n8n = await startN8n(runtime, { userFolder, extra });
	try {
		const client = await connect(n8n.baseUrl);
		const credential = await client.createCopilotCredential('bench', { apiKey: 'bench', webhookSigningSecret: SECRET });
		const flows = workflows(credential, { beforeType: before && TRIGGER_TYPE });
		const order = runOrder(Boolean(before));
		const ids = {};
		for (const key of order.filter((run) => !(run in FORGED_RUNS))) {
			const created = await client.createWorkflow(flows[key]);
			await client.activate(created.id);
			ids[key] = created.id;
			await waitForWebhook(`${n8n.baseUrl}${flows[key].url}`);
		}
		const raw = bodyWithChangedFields(5);
		// One unmeasured pass warms every path (code caches, the task runner, SQLite pages).
		for (const key of order.filter((run) => !(run in FORGED_RUNS))) {
			await load(`${n8n.baseUrl}${flows[key].url}`, raw, 2, 20);
			await drain(client, ids[key], 20, 0);
		}
		const runs = [];
		for (let round = 1; round <= rounds; round++) {
			for (const connections of concurrencies) {
				for (const key of inTurn(order, round)) {
					const since = Date.now() - 5;
					const amount = requests[connections] ?? requests.default;
					const forged = key in FORGED_RUNS;
					const workflow = forged ? FORGED_RUNS[key] : key;
					const secret = forged ? FORGING_SECRET : SECRET;
					const result = await load(`${n8n.baseUrl}${flows[workflow].url}`, raw, connections, amount, secret);
					const { seconds } = result;
					const drained = await drain(client, ids[workflow], forged ? 0 : amount, since);
					const done = Math.max(drained.lastStopped, since + seconds * 1000);
					runs.push({
						round,
						connections,
						workflow: key,
						requests: result.requests.total,
						non2xx: result.non2xx,
						refused401: result.statusCodeStats?.['401']?.count ?? 0,
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
		return { version, label, env, runs, bodyBytes: raw.length, order, beforeCommit: before?.commit };
	} finally {
		await n8n.stop();
		rmSync(userFolder, { recursive: true, force: true });
	}
}

module.exports = { benchN8n, FORGED_RUNS, ORDER };
