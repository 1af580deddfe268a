// n8n in queue mode on loopback: PostgreSQL and Redis, one main process, `n8n webhook` processes
// behind a round-robin balancer (routing only to ready ones) and `n8n worker` processes, each with its
// own user folder and the package installed there, as on separate machines. The main process
// publishes the workflow.
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { installCommunityPackage, packPackage } = require('../../scripts/lib/n8n/community-package');
const { connect, nodeItems, waitForWebhook } = require('../../scripts/lib/n8n/api');
const { startN8n } = require('../../scripts/lib/n8n/process');
const { startPostgres } = require('../../scripts/lib/services/postgres');
const { startRedis } = require('../../scripts/lib/services/redis');
const { startRoundRobin } = require('../../scripts/lib/http/round-robin');
const { ensureN8n } = require('../../scripts/lib/n8n/runtime');
const { copilotTriggerNode } = require('../../scripts/lib/n8n/workflow-nodes');
const { SECRET } = require('../e2e/context');

const WEBHOOK_ID = '0e0e0000-0000-4000-8000-00000000c0de';
// Every process must decrypt the credential the main process stored.
const ENCRYPTION_KEY = 'copilot-queue-test-encryption-key';
const STARTED_EXECUTION = /Worker started execution (\d+)/g;

/**
 * A cluster that `start()` brings up with one webhook process and one worker; `stop()` ends all of it.
 * `extraEnv` is added to every n8n process's environment; `triggerVersion` is the Copilot Trigger's
 * node version (1 by default, as when the numbers in README and BENCHMARKS.md were first measured).
 */
function createCluster(version, { extraEnv = {}, triggerVersion = 1 } = {}) {
	const cluster = { version, processes: [], webhooks: [], workers: [] };
	let startProcess;

	cluster.start = async () => {
		cluster.postgres = await startPostgres();
		cluster.redis = await startRedis();
		const runtime = await ensureN8n(version);
		const tarball = packPackage();
		const env = {
			EXECUTIONS_MODE: 'queue',
			N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
			...cluster.postgres.n8nEnv,
			...cluster.redis.n8nEnv,
			...extraEnv,
		};
		startProcess = async (command) => {
			const userFolder = mkdtempSync(join(tmpdir(), `copilot-queue-${command}-`));
			const entry = { userFolder };
			cluster.processes.push(entry);
			installCommunityPackage(userFolder, tarball);
			entry.n8n = await startN8n(runtime, { command, userFolder, extra: env });
			return entry.n8n;
		};
		cluster.main = await startProcess('start');
		cluster.client = await connect(cluster.main.baseUrl);
		const credential = await cluster.client.createCopilotCredential('Copilot queue', { apiKey: 'queue', webhookSigningSecret: SECRET });
		cluster.workflow = await cluster.client.createWorkflow({
			name: 'Copilot queue',
			nodes: [copilotTriggerNode({ webhookId: WEBHOOK_ID, credential, typeVersion: triggerVersion })],
			connections: {},
		});
		await cluster.client.activate(cluster.workflow.id);
		await cluster.scaleUp();
	};

	/** Starts one more webhook process and one more worker, and puts the webhook process in the rotation. */
	cluster.scaleUp = async () => {
		const [webhook, worker] = await Promise.all([startProcess('webhook'), startProcess('worker')]);
		cluster.webhooks.push(webhook);
		cluster.workers.push(worker);
		if (cluster.balancer) cluster.balancer.add(webhook.baseUrl);
		else cluster.balancer = await startRoundRobin([webhook.baseUrl], { readinessPath: '/healthz/readiness' });
		cluster.url = `${cluster.balancer.url}/webhook/${WEBHOOK_ID}/webhook`;
		await waitForWebhook(`${webhook.baseUrl}/webhook/${WEBHOOK_ID}/webhook`);
	};

	/** CPU seconds used so far by the main process, all webhook processes and all workers. */
	cluster.cpuByRole = () => ({
		main: cluster.main.cpuSeconds(),
		webhook: cluster.webhooks.reduce((sum, webhook) => sum + webhook.cpuSeconds(), 0),
		worker: cluster.workers.reduce((sum, worker) => sum + worker.cpuSeconds(), 0),
	});

	/** Requests each webhook process has received through the balancer so far. */
	cluster.receivedByWebhook = () => cluster.webhooks.map((webhook) => cluster.balancer.stats.get(webhook.baseUrl).received);

	/** Which worker (by index) started each execution id, from the workers' own logs. */
	cluster.workerOfExecution = () => {
		const workerOf = new Map();
		cluster.workers.forEach((worker, index) => {
			for (const [, executionId] of readFileSync(worker.logFile, 'utf8').matchAll(STARTED_EXECUTION)) {
				workerOf.set(executionId, [...(workerOf.get(executionId) ?? []), index]);
			}
		});
		return workerOf;
	};

	/** Finished executions whose event id starts with `label-`, with the id and the worker(s) that ran it. */
	cluster.executionsOf = async (label) => {
		const workerOf = cluster.workerOfExecution();
		return (await cluster.client.executions(cluster.workflow.id))
			.map((execution) => ({
				executionId: String(execution.id),
				status: execution.status,
				startedAt: Date.parse(execution.startedAt),
				stoppedAt: Date.parse(execution.stoppedAt),
				eventId: nodeItems(execution, 'Copilot Trigger')?.[0]?.data?.id,
				workers: workerOf.get(String(execution.id)) ?? [],
			}))
			.filter((execution) => execution.eventId?.startsWith(`${label}-`));
	};

	cluster.successCount = async () =>
		(await cluster.client.executions(cluster.workflow.id, { includeData: false })).filter(
			(execution) => execution.status === 'success',
		).length;

	cluster.stop = async () => {
		await cluster.balancer?.stop();
		// Workers and webhook processes first, the main process last, then the servers they used.
		for (const { n8n } of [...cluster.processes].reverse()) await n8n?.stop();
		await cluster.redis?.stop();
		cluster.postgres?.stop();
		for (const { userFolder } of cluster.processes) rmSync(userFolder, { recursive: true, force: true });
	};
	return cluster;
}

module.exports = { createCluster };
