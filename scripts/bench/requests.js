#!/usr/bin/env node
// `npm run bench:requests`: how many requests the Copilot node spends per item, and how long it takes,
// now and at an earlier commit (BENCH_BEFORE, the node before it asked for large pages), in one n8n
// against the fake Copilot API limited as Copilot is: Client › Get Many over 10,000 clients where
// Copilot serves large pages and where it serves 100 at most, Client › Create or Update of 300 people
// of whom half are clients already, and the onboarding example. Writes BENCHMARKS.md part 6.
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { writeSection } = require('../lib/benchmarks-file');
const { postSigned } = require('../lib/http/signed-request');
const { installCommunityPackage, packPackage, ROOT } = require('../lib/n8n/community-package');
const { connect, waitForWebhook } = require('../lib/n8n/api');
const { startN8n } = require('../lib/n8n/process');
const { ensureN8n } = require('../lib/n8n/runtime');
const { DEFAULT_N8N_VERSION } = require('../lib/n8n/versions');
const { chain, copilotNode, copilotTriggerNode, splitOutNode } = require('../lib/n8n/workflow-nodes');
const { startFakeCopilotApi } = require('../../test/fake-copilot-api');
const { BEFORE_PACKAGE, packNodesAt } = require('./package-at-ref');

const API_KEY = 'bench-requests-key';
const SECRET = 'bench-requests-secret';
const VERSION = process.env.BENCH_N8N_VERSION || DEFAULT_N8N_VERSION;
/** The last commit before the node asked for large pages (issue 22). */
const BEFORE = process.env.BENCH_BEFORE || 'e9b23c8';
const CLIENTS = Number(process.env.BENCH_CLIENTS || 10_000);
const PEOPLE = Number(process.env.BENCH_PEOPLE || 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const ONBOARDINGS = Number(process.env.BENCH_ONBOARDINGS || 10);

const VARIANTS = {
	now: { label: 'now', nodeType: 'n8n-nodes-copilot.copilot' },
	before: { label: 'before', nodeType: `${BEFORE_PACKAGE}.copilot` },
};
const WEBHOOK_IDS = {
	list: { now: 'be4c0000-0000-4000-8000-0000000000d1', before: 'be4c0000-0000-4000-8000-0000000000d2' },
	upsert: { now: 'be4c0000-0000-4000-8000-0000000000d3', before: 'be4c0000-0000-4000-8000-0000000000d4' },
	onboarding: { now: 'be4c0000-0000-4000-8000-0000000000d5', before: 'be4c0000-0000-4000-8000-0000000000d6' },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const trigger = (webhookId, credential, events = ['*']) =>
	copilotTriggerNode({ webhookId, events, credential, options: { respond: 'whenWorkflowFinishes' } });
/** A Copilot node of the variant's package. */
const copilot = (variant, spec) => ({ ...copilotNode(spec), type: VARIANTS[variant].nodeType });

function workflows(variant, credential) {
	const list = chain(`bench requests: Get Many (${variant})`, [
		trigger(WEBHOOK_IDS.list[variant], credential),
		copilot(variant, {
			name: 'List',
			credential,
			parameters: { resource: 'client', operation: 'getAll', returnAll: true, filters: { companyId: '={{ $json.data.companyId }}' } },
		}),
	]);
	const upsert = chain(`bench requests: Create or Update (${variant})`, [
		trigger(WEBHOOK_IDS.upsert[variant], credential),
		splitOutNode({ name: 'One item per person', field: 'data.people' }),
		{
			...copilot(variant, {
				name: 'Create or update client',
				credential,
				parameters: {
					resource: 'client',
					operation: 'upsert',
					email: '={{ $json.email }}',
					givenName: '={{ $json.givenName }}',
					familyName: '={{ $json.familyName }}',
					additionalFields: {},
				},
			}),
			position: [600, 0],
		},
	]);
	// The onboarding example as a user imports it, its Copilot nodes of the variant's package.
	const example = JSON.parse(readFileSync(join(ROOT, 'examples', 'copilot-onboarding.json'), 'utf8'));
	const onboarding = {
		name: `bench requests: onboarding example (${variant})`,
		connections: example.connections,
		settings: example.settings,
		nodes: example.nodes.map((node) => {
			if (node.type.endsWith('.copilotTrigger')) {
				return { ...trigger(WEBHOOK_IDS.onboarding[variant], credential, node.parameters.events), name: node.name, position: node.position };
			}
			if (node.type === 'n8n-nodes-copilot.copilot') return { ...node, type: VARIANTS[variant].nodeType, credentials: { copilotApi: { id: credential.id, name: credential.name } } };
			return node;
		}),
	};
	return { list, upsert, onboarding };
}

/** Runs a published workflow once through its trigger; what the fake saw, and how long the node(s) took. */
async function runOnce(ctx, workflow, variant, event, nodeNames) {
	await sleep(2000); // the fake's bucket full again, so that no run pays for the one before
	ctx.fake.clearRequests();
	const started = performance.now();
	const answer = await postSigned(`${ctx.n8n.baseUrl}/webhook/${WEBHOOK_IDS[workflow][variant]}/webhook`, JSON.stringify(event), SECRET);
	const wallMs = performance.now() - started;
	const [execution] = await ctx.client.executions(ctx.ids[workflow][variant]);
	const runData = execution.data.resultData.runData;
	const nodeMs = nodeNames.reduce((sum, name) => sum + (runData[name]?.[0]?.executionTime ?? 0), 0);
	const items = runData[nodeNames[nodeNames.length - 1]]?.[0]?.data?.main?.[0]?.length ?? 0;
	const api = ctx.fake.requests.filter((request) => request.host === 'api');
	return {
		answer: answer.status,
		status: execution.status,
		error: execution.data.resultData.error?.message,
		wallMs,
		nodeMs,
		items,
		requests: api.filter((request) => request.status !== 429).length,
		tooMany: api.filter((request) => request.status === 429).length,
	};
}

const clientEvent = (data) => ({ eventType: 'client.updated', created: new Date().toISOString(), data: { object: 'client', ...data } });

async function benchList(ctx, companyId) {
	const rows = [];
	for (const mode of ['serve', 'cap']) {
		ctx.fake.setPageMode(mode);
		const runs = { now: [], before: [] };
		for (let round = 1; round <= ROUNDS; round++) {
			// Taking turns at going first.
			for (const variant of round % 2 ? ['now', 'before'] : ['before', 'now']) {
				const run = await runOnce(ctx, 'list', variant, clientEvent({ id: `list-${round}`, companyId }), ['List']);
				runs[variant].push(run);
				console.log(`  Get Many, Copilot ${mode === 'serve' ? 'serves large pages' : 'serves 100 a page'}, ${variant}, round ${round}: ${run.nodeMs} ms, ${run.requests} requests (${run.tooMany} × 429), ${run.items} items, ${run.status}`);
			}
		}
		for (const variant of ['now', 'before']) {
			const all = runs[variant];
			rows.push({
				workflow: 'list',
				mode,
				variant,
				items: all[0].items,
				requests: median(all.map((run) => run.requests)),
				tooMany: all.reduce((sum, run) => sum + run.tooMany, 0),
				ms: median(all.map((run) => run.nodeMs)),
				ok: all.every((run) => run.status === 'success' && run.items === CLIENTS),
			});
		}
	}
	ctx.fake.setPageMode('serve');
	return rows;
}

/** PEOPLE people, the even ones clients already with the names given. */
function people(fake, tag) {
	const all = Array.from({ length: PEOPLE }, (_, i) => ({ givenName: `Req${i}`, familyName: tag, email: `${tag}-${i}@example.com` }));
	const company = fake.store.add('company', { name: `Requests bench ${tag}`, isPlaceholder: false, customFields: {} });
	for (const person of all.filter((_, i) => i % 2 === 0)) {
		fake.store.add('client', { ...person, companyId: company.id, companyIds: [company.id], customFields: {}, status: 'active' });
	}
	return all;
}

async function benchUpsert(ctx) {
	const rows = [];
	for (const variant of ['now', 'before']) {
		const tag = `upsert-${variant}-${Date.now()}`;
		const run = await runOnce(ctx, 'upsert', variant, clientEvent({ id: tag, people: people(ctx.fake, tag) }), ['Create or update client']);
		const clients = ctx.fake.store.list('client').filter((client) => client.familyName === tag).length;
		console.log(`  Create or Update of ${PEOPLE} people, ${variant}: ${run.nodeMs} ms, ${run.requests} requests, ${clients} clients, ${run.status}`);
		rows.push({ workflow: 'upsert', variant, items: PEOPLE, requests: run.requests, tooMany: run.tooMany, ms: run.nodeMs, ok: run.status === 'success' && clients === PEOPLE });
	}
	return rows;
}

const ONBOARDING_NODES = ['Get client', 'Create onboarding task', 'Find the client’s message channel', 'Send welcome message'];

async function benchOnboarding(ctx) {
	const rows = [];
	for (const variant of ['now', 'before']) {
		const runs = [];
		for (let index = 0; index < ONBOARDINGS; index++) {
			const client = ctx.fake.demo.clients[index % ctx.fake.demo.clients.length];
			const event = { eventType: 'client.created', created: new Date().toISOString(), data: { object: 'client', id: client.id, givenName: client.givenName } };
			runs.push(await runOnce(ctx, 'onboarding', variant, event, ONBOARDING_NODES));
		}
		const requests = runs.reduce((sum, run) => sum + run.requests, 0);
		console.log(`  onboarding example, ${variant}: ${ONBOARDINGS} events, ${requests} requests`);
		rows.push({
			workflow: 'onboarding',
			variant,
			items: ONBOARDINGS,
			requests,
			tooMany: runs.reduce((sum, run) => sum + run.tooMany, 0),
			ms: median(runs.map((run) => run.nodeMs)),
			ok: runs.every((run) => run.status === 'success'),
		});
	}
	return rows;
}

const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function render(rows, { startedAt, seconds, commit }) {
	const WHAT = {
		'list:serve': `Client › Get Many, Return All, ${CLIENTS.toLocaleString('en-US')} clients; Copilot serves large pages`,
		'list:cap': `Client › Get Many, Return All, ${CLIENTS.toLocaleString('en-US')} clients; Copilot serves 100 a page at most`,
		upsert: `Client › Create or Update, ${PEOPLE} people, half of them clients already`,
		onboarding: `the onboarding example (Get client → Create task → Find channel → Send message), ${ONBOARDINGS} events`,
	};
	const per = { list: 'client', upsert: 'person', onboarding: 'event' };
	const key = (row) => (row.mode ? `${row.workflow}:${row.mode}` : row.workflow);
	const lines = [
		'## 6. Requests per item (`npm run bench:requests`)',
		'',
		`Measured on ${startedAt.slice(0, 10)}, ${Math.round(seconds)} s, in one run on n8n@${VERSION}: the Copilot node of this build ("now") beside the same node at commit ${commit} ("before", the last before it asked for large pages, installed as \`${BEFORE_PACKAGE}\`), in the same n8n and rounds, against the fake Copilot API limited as Copilot is (20 at once, 20 more a second). Every plan but Enterprise has a monthly request cap (Starter 2,000; Professional 10,000; Advanced 50,000), so requests are what a workflow spends of it. "Copilot serves large pages" is the fake as Copilot's own apps show it (they list clients 5,000 at a time); "100 a page at most" is the fake capping every page silently. Time is n8n's \`executionTime\` of the Copilot node(s), the median of ${ROUNDS} rounds for Get Many, of the events for the onboarding example; requests as the fake counted them, 429s apart. The machine (2 cores) was shared with other work: compare the ratios, which come from one run.`,
		'',
		'| workflow | node | requests | per item | ms | now / before (time) | answered 429 | all done |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
	];
	for (const row of rows) {
		const before = rows.find((other) => key(other) === key(row) && other.variant === 'before');
		const ratio = row.variant === 'now' && before ? fixed(row.ms / before.ms) : '';
		lines.push(
			`| ${WHAT[key(row)]} | ${row.variant} | ${row.requests} | ${fixed(row.requests / row.items, 3)} per ${per[row.workflow]} | ${Math.round(row.ms)} | ${ratio} | ${row.tooMany} | ${row.ok ? 'yes' : '**no**'} |`,
		);
	}
	lines.push('');
	const find = (workflow, mode, variant) => rows.find((row) => row.workflow === workflow && (mode === undefined || row.mode === mode) && row.variant === variant);
	const served = [find('list', 'serve', 'now'), find('list', 'serve', 'before')];
	if (served.every(Boolean)) {
		const [now, before] = served;
		const ratio = now.ms / before.ms;
		lines.push(
			`Get Many where Copilot serves large pages: ${now.requests} requests against ${before.requests} (target ≤ 11: ${now.requests <= 11 ? 'met' : '**missed**'}), time now / before **${fixed(ratio)}** (target ≤ 0.2: ${ratio <= 0.2 ? 'met' : '**missed**'}).`,
			'',
		);
	}
	const notServed = [find('list', 'cap', 'now'), find('list', 'cap', 'before')];
	if (notServed.every(Boolean)) {
		const [now, before] = notServed;
		lines.push(`Get Many where Copilot serves 100 a page: ${now.requests} requests against ${before.requests} (target never more: ${now.requests <= before.requests ? 'met' : '**missed**'}).`, '');
	}
	for (const workflow of ['upsert', 'onboarding']) {
		const [now, before] = [find(workflow, undefined, 'now'), find(workflow, undefined, 'before')];
		const what = WHAT[workflow].charAt(0).toUpperCase() + WHAT[workflow].slice(1);
		if (now && before) lines.push(`${what}: ${now.requests} requests against ${before.requests} (never more: ${now.requests <= before.requests ? 'met' : '**missed**'}).`, '');
	}
	return lines.join('\n');
}

async function benchRequests() {
	const started = Date.now();
	const runtime = await ensureN8n(VERSION);
	const userFolder = mkdtempSync(join(tmpdir(), 'copilot-bench-requests-'));
	console.log(`Packing the Copilot node at ${BEFORE}`);
	const before = packNodesAt(BEFORE, 'Copilot/Copilot.node');
	installCommunityPackage(userFolder, packPackage());
	installCommunityPackage(userFolder, before.tarball);
	const fake = await startFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: { perSecond: 20, burst: 20 } });
	const companyId = fake.store.add('company', { name: 'Ten thousand clients', isPlaceholder: false, customFields: {} }).id;
	fake.seedClients(CLIENTS, { companyId });
	const n8n = await startN8n(runtime, { userFolder });
	const ctx = { n8n, fake, ids: { list: {}, upsert: {}, onboarding: {} } };
	try {
		ctx.client = await connect(n8n.baseUrl);
		const credential = await ctx.client.createCopilotCredential('bench requests', { apiKey: API_KEY, webhookSigningSecret: SECRET, baseUrl: fake.url });
		for (const variant of ['now', 'before']) {
			for (const [workflow, flow] of Object.entries(workflows(variant, credential))) {
				const created = await ctx.client.createWorkflow(flow);
				await ctx.client.activate(created.id);
				ctx.ids[workflow][variant] = created.id;
				await waitForWebhook(`${n8n.baseUrl}/webhook/${WEBHOOK_IDS[workflow][variant]}/webhook`);
			}
		}
		console.log(`Requests per item on n8n@${VERSION}, now and at ${before.commit}`);
		// One unmeasured pass of each list warms n8n and both nodes.
		for (const variant of ['now', 'before']) await runOnce(ctx, 'list', variant, clientEvent({ id: 'warm-up', companyId }), ['List']);
		const rows = [...(await benchList(ctx, companyId)), ...(await benchUpsert(ctx)), ...(await benchOnboarding(ctx))];
		writeSection('requests-results', render(rows, { startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, commit: before.commit }));
		return rows;
	} finally {
		await n8n.stop();
		await fake.stop();
		rmSync(userFolder, { recursive: true, force: true });
	}
}

if (require.main === module) {
	benchRequests().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}

module.exports = { benchRequests };
