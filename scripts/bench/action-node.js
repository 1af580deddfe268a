// Part 3 of `npm run bench`: the Copilot node against the HTTP Request node on the same fake Copilot
// API, in one real n8n: Get Many over 10,000 clients, and 300 creates under the 20 requests/s limit.
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { postSigned } = require('../lib/http/signed-request');
const { installCommunityPackage, packPackage } = require('../lib/n8n/community-package');
const { connect, waitForWebhook } = require('../lib/n8n/api');
const { startN8n } = require('../lib/n8n/process');
const { ensureN8n } = require('../lib/n8n/runtime');
const { startFakeCopilotApi } = require('../../test/fake-copilot-api');
const { PAGE_SIZE, SECRET, WEBHOOK_IDS, actionWorkflows } = require('./action-workflows');

const API_KEY = 'bench-fake-copilot-key';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The bare HTTP floor: one fetch loop over the same pages, outside n8n. */
async function fetchAllPages(baseUrl) {
	const started = performance.now();
	let records = 0;
	let pages = 0;
	let nextToken;
	do {
		const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...(nextToken ? { nextToken } : {}) });
		const page = await (await fetch(`${baseUrl}/v1/clients?${query}`, { headers: { 'X-API-KEY': API_KEY } })).json();
		records += page.data.length;
		pages++;
		nextToken = page.nextToken;
	} while (nextToken);
	return { ms: performance.now() - started, records, pages };
}

function event(data) {
	return JSON.stringify({ eventType: 'client.updated', created: new Date().toISOString(), data: { object: 'client', ...data } });
}

/** Runs a published workflow once, through its trigger, and reads its execution back. */
async function runOnce(ctx, key, data = {}) {
	const started = performance.now();
	const answer = await postSigned(`${ctx.n8n.baseUrl}/webhook/${WEBHOOK_IDS[key]}/webhook`, event(data), SECRET);
	const wallMs = performance.now() - started;
	const [execution] = await ctx.client.executions(ctx.ids[key]);
	const runData = execution.data.resultData.runData;
	const nodeMs = (name) => runData[name]?.[0]?.executionTime ?? 0;
	const itemsOf = (name) => runData[name]?.[0]?.data?.main?.[0]?.length ?? 0;
	const error = execution.data.resultData.error?.message;
	return { answer: answer.status, status: execution.status, error, wallMs, nodeMs, itemsOf };
}

/** A listing run as the report shows it: the listing node(s)' time and the items that came out. */
async function listRun(ctx, key) {
	const run = await runOnce(ctx, key);
	const split = key.startsWith('http');
	return {
		nodeMs: run.nodeMs('List') + (split ? run.nodeMs('Split Out') : 0),
		items: run.itemsOf(split ? 'Split Out' : 'List'),
		status: run.status,
		error: run.error,
	};
}

/** Waits until a rate-limited fake's bucket is full again, so no run pays for the one before. */
const refill = () => sleep(2000);

function newClients(count, tag) {
	return Array.from({ length: count }, (_, i) => ({
		givenName: `Bench${i}`,
		familyName: tag,
		email: `bench-${tag}-${i}@example.com`,
	}));
}

async function benchActionNode(version, { clients = 10_000, creates = 300, rounds = 4, label = `n8n@${version}` } = {}) {
	const runtime = await ensureN8n(version);
	const userFolder = mkdtempSync(join(tmpdir(), `copilot-bench-actions-${version}-`));
	installCommunityPackage(userFolder, packPackage());
	// The same clients twice: without a rate limit, to see the nodes' own cost, and with Copilot's.
	const listApi = await startFakeCopilotApi({ apiKey: API_KEY, rateLimit: false });
	listApi.seedClients(clients);
	const limitedApi = await startFakeCopilotApi({ apiKey: API_KEY, rateLimit: { perSecond: 20, burst: 20 } });
	limitedApi.seedClients(clients);
	// Both nodes at 100 a page, what the HTTP Request node asks: this part compares pacing, not page
	// sizes (part 6, \`npm run bench:requests\`, measures the node's large pages).
	listApi.setPageMode('cap');
	limitedApi.setPageMode('cap');
	const ctx = { n8n: await startN8n(runtime, { userFolder }), ids: {} };
	try {
		ctx.client = await connect(ctx.n8n.baseUrl);
		const credentialFor = (name, baseUrl) =>
			ctx.client.createCopilotCredential(name, { apiKey: API_KEY, webhookSigningSecret: SECRET, baseUrl });
		const flows = actionWorkflows({
			listCredential: await credentialFor('bench, no limit', listApi.url),
			limitedCredential: await credentialFor('bench, 20 per second', limitedApi.url),
			apiKey: API_KEY,
			listUrl: listApi.url,
			limitedUrl: limitedApi.url,
		});
		for (const [key, flow] of Object.entries(flows)) {
			const created = await ctx.client.createWorkflow(flow);
			await ctx.client.activate(created.id);
			ctx.ids[key] = created.id;
			await waitForWebhook(`${ctx.n8n.baseUrl}/webhook/${WEBHOOK_IDS[key]}/webhook`);
		}
		// One unmeasured pass of each list warms n8n and both nodes.
		await runOnce(ctx, 'copilotList');
		await runOnce(ctx, 'httpList');

		const list = [];
		const limited = [];
		for (let round = 1; round <= rounds; round++) {
			const floor = await fetchAllPages(listApi.url);
			// Taking turns at going first, so that neither gains from what the other warmed up.
			const [first, second] = round % 2 ? ['copilotList', 'httpList'] : ['httpList', 'copilotList'];
			const runs = { [first]: await listRun(ctx, first), [second]: await listRun(ctx, second) };
			const [ours, theirs] = [runs.copilotList, runs.httpList];
			list.push({ round, floorMs: floor.ms, pages: floor.pages, ours, theirs });
			console.log(
				`  ${label} list round ${round}: floor ${floor.ms.toFixed(0)} ms; Copilot node ${ours.nodeMs} ms (${ours.items} items); HTTP Request + Split Out ${theirs.nodeMs} ms (${theirs.items} items)`,
			);
			const row = { round };
			for (const key of ['copilotListLimited', 'httpListPaced', 'httpListLimited']) {
				await refill();
				const before = limitedApi.stats().byStatus['429'] ?? 0;
				row[key] = { ...(await listRun(ctx, key)), tooMany: (limitedApi.stats().byStatus['429'] ?? 0) - before };
			}
			limited.push(row);
			console.log(
				`  ${label} list under the limit, round ${round}: Copilot node ${row.copilotListLimited.nodeMs} ms (${row.copilotListLimited.items} items, ${row.copilotListLimited.tooMany} × 429); HTTP Request at 50 ms a page ${row.httpListPaced.nodeMs} ms (${row.httpListPaced.items} items); without a pause ${row.httpListLimited.status}: ${row.httpListLimited.error ?? ''}`,
			);
		}

		const create = [];
		for (const key of ['copilotCreate', 'httpCreate']) {
			await refill();
			const before = limitedApi.stats().byStatus;
			const tag = `${key}-${Date.now()}`;
			const run = await runOnce(ctx, key, { clients: newClients(creates, tag) });
			const after = limitedApi.stats().byStatus;
			const made = limitedApi.store.list('client').filter((client) => client.familyName === tag).length;
			const row = {
				workflow: key,
				status: run.status,
				nodeMs: run.nodeMs('Create'),
				created: made,
				failed: creates - made,
				tooMany: (after['429'] ?? 0) - (before['429'] ?? 0),
			};
			row.perSecond = made / (row.nodeMs / 1000);
			create.push(row);
			console.log(
				`  ${label} ${creates} creates, ${key}: ${row.perSecond.toFixed(1)}/s, ${made} created, ${row.failed} failed, ${row.tooMany} × 429, execution ${run.status}`,
			);
		}
		return { version, label, clients, creates, list, limited, create };
	} finally {
		await ctx.n8n.stop();
		await listApi.stop();
		await limitedApi.stop();
		rmSync(userFolder, { recursive: true, force: true });
	}
}

module.exports = { benchActionNode };
