// Nothing lost under load: a real n8n on PostgreSQL, thousands of signed events at concurrency 50,
// forged ones mixed in, and a restart of n8n while a sender keeps sending.
// `npm test` runs it with 100 events; `npm run test:load` with 2,000 and the SQLite comparison.
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { installCommunityPackage, packPackage } = require('../../scripts/lib/community-package');
const { connect, nodeItems, waitForWebhook } = require('../../scripts/lib/n8n-api');
const { startN8n } = require('../../scripts/lib/n8n-process');
const { startPostgres } = require('../../scripts/lib/postgres');
const { ensureN8n } = require('../../scripts/lib/runtime');
const { DEFAULT_N8N_VERSION } = require('../../scripts/lib/versions');
const { copilotTriggerNode } = require('../../scripts/lib/workflow-nodes');
const { SECRET, sample, settle, sleep } = require('./context');
const { sendAll } = require('./sender');
const { recordLoadResults } = require('./load-report');

const EVENTS = Number(process.env.LOAD_EVENTS || 100);
const CONCURRENCY = 50;
const FORGED_SHARE = 0.2;
const VERSION = process.env.LOAD_N8N_VERSION || DEFAULT_N8N_VERSION;
const WITH_SQLITE = process.env.LOAD_SQLITE === '1';
const WEBHOOK_ID = '10ad0000-0000-4000-8000-000000000001';

function jobs(label, count, forgedShare = 0) {
	return Array.from({ length: count }, (_, index) => {
		const event = sample('client.updated', `${label}-${index}`);
		const forged = forgedShare > 0 && index % Math.round(1 / forgedShare) === 0;
		return { id: event.data.id, raw: JSON.stringify(event), secret: forged ? 'forged-secret' : SECRET, forged };
	});
}

/** One n8n with the trigger published, on the database `databaseEnv` names. */
async function n8nWithTrigger(databaseEnv) {
	const runtime = await ensureN8n(VERSION);
	const userFolder = mkdtempSync(join(tmpdir(), `copilot-load-${VERSION}-`));
	installCommunityPackage(userFolder, packPackage());
	const start = (port) => startN8n(runtime, { userFolder, port, extra: databaseEnv });
	const instance = { n8n: await start() };
	instance.client = await connect(instance.n8n.baseUrl);
	const credential = await instance.client.createCopilotCredential('Copilot load', { apiKey: 'load', webhookSigningSecret: SECRET });
	const workflow = await instance.client.createWorkflow({
		name: 'Copilot load',
		nodes: [copilotTriggerNode({ webhookId: WEBHOOK_ID, credential })],
		connections: {},
	});
	await instance.client.activate(workflow.id);
	instance.url = `${instance.n8n.baseUrl}/webhook/${WEBHOOK_ID}/webhook`;
	await waitForWebhook(instance.url);
	/** Ids of the events whose execution succeeded (a crashed one may hold partial run data). */
	instance.executedIds = async () =>
		(await instance.client.executions(workflow.id))
			.filter((execution) => execution.status === 'success')
			.flatMap((execution) => (nodeItems(execution, 'Copilot Trigger') ?? []).map((item) => item.data?.id))
			.filter((id) => id !== undefined);
	instance.statuses = async () => {
		const byStatus = {};
		for (const execution of await instance.client.executions(workflow.id)) {
			byStatus[execution.status] = (byStatus[execution.status] ?? 0) + 1;
		}
		return byStatus;
	};
	instance.failedExecutions = async () =>
		(await instance.client.executions(workflow.id)).filter((execution) => execution.status === 'error').length;
	instance.restart = async () => {
		const { port } = instance.n8n;
		await instance.n8n.stop();
		instance.n8n = await start(port);
	};
	instance.stop = async () => {
		await instance.n8n.stop();
		rmSync(userFolder, { recursive: true, force: true });
	};
	return instance;
}

const count = (ids, wanted) => ids.filter((id) => id === wanted).length;
const report = { version: VERSION, events: EVENTS, concurrency: CONCURRENCY, postgres: {}, sqlite: undefined };

afterAll(() => {
	// Only the full run (npm run test:load) updates BENCHMARKS.md; npm test leaves the tree as it was.
	if (process.env.LOAD_RECORD === '1') recordLoadResults(report);
	process.stdout.write(`\nLoad summary (n8n@${VERSION})\n${JSON.stringify(report, null, 2)}\n\n`);
});

describe(`n8n@${VERSION} on PostgreSQL: ${EVENTS} signed events at concurrency ${CONCURRENCY}`, () => {
	let postgres;
	let instance;

	beforeAll(async () => {
		postgres = await startPostgres();
		instance = await n8nWithTrigger(postgres.n8nEnv);
	}, 30 * 60 * 1000);

	afterAll(async () => {
		await instance?.stop();
		postgres?.stop();
	}, 120_000);

	test('every genuine event is acknowledged and runs exactly once', async () => {
		const sent = jobs('load', EVENTS);
		const started = Date.now();
		const results = await sendAll(instance.url, sent, { concurrency: CONCURRENCY });
		const seconds = (Date.now() - started) / 1000;
		expect(results.filter((result) => result.status !== 200)).toEqual([]);
		await settle(async () => (await instance.executedIds()).length, EVENTS, { timeoutMs: 300_000, quietMs: 3000 });
		const ids = await instance.executedIds();
		expect(ids).toHaveLength(EVENTS);
		for (const job of sent) expect(count(ids, job.id)).toBe(1);
		report.postgres.genuine = { sent: EVENTS, non2xx: 0, executions: ids.length, seconds, perSecond: EVENTS / seconds };
	}, 30 * 60 * 1000);

	test('with 20% forged events mixed in, exactly the genuine ones run and every forged one gets 401', async () => {
		const before = (await instance.executedIds()).length;
		const sent = jobs('mixed', EVENTS, FORGED_SHARE);
		const results = await sendAll(instance.url, sent, { concurrency: CONCURRENCY });
		const forged = results.filter((result) => result.forged);
		const genuine = results.filter((result) => !result.forged);
		expect(forged.filter((result) => result.status !== 401)).toEqual([]);
		expect(genuine.filter((result) => result.status !== 200)).toEqual([]);
		await settle(async () => (await instance.executedIds()).length, before + genuine.length, { timeoutMs: 300_000, quietMs: 3000 });
		const ids = await instance.executedIds();
		expect(ids).toHaveLength(before + genuine.length);
		for (const job of genuine) expect(count(ids, job.id)).toBe(1);
		for (const job of forged) expect(count(ids, job.id)).toBe(0);
		report.postgres.mixed = { sent: EVENTS, genuine: genuine.length, forged: forged.length, forged401: forged.length, executions: ids.length - before };
	}, 30 * 60 * 1000);

	// n8n answers a webhook before its execution starts and keeps answering during its graceful
	// shutdown, but ActiveExecutions.shutdown() drops executions still in status "new" and exits, and a
	// 200 lost as n8n goes down makes the sender (like Copilot) deliver that event again. Around the
	// restart an acknowledged event may therefore not run, or run twice: that is n8n's, measured and
	// reported here. What the trigger must guarantee is asserted: every delivery is acknowledged in
	// the end, and every event delivered once n8n is back runs exactly once.
	test('a restart of n8n while a sender keeps sending: all acknowledged; events after the restart run exactly once', async () => {
		const before = (await instance.executedIds()).length;
		// The sender goes on until n8n is back and has taken another batch, so the restart certainly
		// falls in the middle of the stream.
		const sent = jobs('restart', 5000);
		const progress = {};
		let acknowledgedAtRestart = Infinity;
		const until = () => progress.acknowledged >= acknowledgedAtRestart + 100;
		const sending = sendAll(instance.url, sent, { concurrency: 10, retry: true, progress, until });
		while (progress.acknowledged < 100) await sleep(50);
		await instance.restart();
		await waitForWebhook(instance.url);
		const restartedAt = Date.now();
		acknowledgedAtRestart = progress.acknowledged;
		const results = await sending;
		expect(results.filter((result) => result.status !== 200)).toEqual([]);
		expect(results.filter((result) => result.attempts > 1).length).toBeGreaterThan(0);
		await settle(async () => (await instance.executedIds()).length, before + results.length, {
			timeoutMs: 120_000,
			quietMs: 3000,
			stableMs: 5_000,
		});
		const ids = await instance.executedIds();
		const afterRestart = results.filter((result) => result.startedAt > restartedAt);
		report.postgres.restart = {
			sent: results.length,
			acknowledged: results.length,
			retried: results.filter((result) => result.attempts > 1).length,
			answersWhileRestarting: progress.otherAnswers ?? {},
			ranOnce: results.filter((job) => count(ids, job.id) === 1).length,
			neverRan: results.filter((job) => count(ids, job.id) === 0).length,
			ranTwice: results.filter((job) => count(ids, job.id) > 1).length,
			sentAfterRestart: afterRestart.length,
			statuses: await instance.statuses(),
		};
		expect(afterRestart.length).toBeGreaterThan(0);
		expect(afterRestart.filter((job) => count(ids, job.id) !== 1)).toEqual([]);
	}, 30 * 60 * 1000);
});

if (WITH_SQLITE) {
	describe(`n8n@${VERSION} on SQLite (its default) at the same load, for comparison`, () => {
		let instance;

		beforeAll(async () => {
			instance = await n8nWithTrigger({});
		}, 30 * 60 * 1000);

		afterAll(() => instance?.stop(), 120_000);

		test('reports what SQLite does with the same genuine load', async () => {
			const sent = jobs('sqlite', EVENTS);
			const results = await sendAll(instance.url, sent, { concurrency: CONCURRENCY });
			await settle(async () => (await instance.executedIds()).length, EVENTS, { timeoutMs: 300_000, quietMs: 5000 });
			const ids = await instance.executedIds();
			report.sqlite = {
				sent: EVENTS,
				non2xx: results.filter((result) => result.status !== 200).length,
				executionsWithItems: ids.length,
				distinctIds: new Set(ids).size,
				failedExecutions: await instance.failedExecutions(),
			};
			expect(report.sqlite.sent).toBe(EVENTS);
		}, 30 * 60 * 1000);
	});
}
