#!/usr/bin/env node
// `npm run bench:upsert`: Client › Create or Update against what a user builds without it from n8n's
// own nodes (Loop Over Items → Copilot Get Many by email → IF found → Copilot Update or Create), on
// one n8n, under Copilot's 20 requests/s limit: 300 people of whom half are clients already, once
// unchanged (a form submitted again) and once with a changed name. Writes BENCHMARKS.md part 5.
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
const { chain, copilotNode, copilotTriggerNode, splitOutNode } = require('../lib/n8n/workflow-nodes');
const { startFakeCopilotApi } = require('../../test/fake-copilot-api');

const API_KEY = 'bench-upsert-key';
const SECRET = 'bench-upsert-secret';
const VERSION = process.env.BENCH_N8N_VERSION || DEFAULT_N8N_VERSION;
const PEOPLE = Number(process.env.BENCH_PEOPLE || 300);
const WEBHOOK_IDS = { ours: 'be4c0000-0000-4000-8000-0000000000b1', theirs: 'be4c0000-0000-4000-8000-0000000000b2' };
const NAMES = {
	ours: 'Copilot node, Client › Create or Update',
	theirs: 'Loop Over Items → Get Many by email → IF → Update or Create',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const trigger = (key, credential) =>
	copilotTriggerNode({ webhookId: WEBHOOK_IDS[key], credential, options: { respond: 'whenWorkflowFinishes' } });

function ours(credential) {
	return chain('bench: Client › Create or Update', [
		trigger('ours', credential),
		splitOutNode({ name: 'One item per person', field: 'data.people' }),
		copilotNode({
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
	]);
}

/** What a user builds from n8n's own nodes: one person at a time, looked up, then updated or created. */
function theirs(credential) {
	const person = (field) => `={{ $('Loop Over Items').item.json.${field} }}`;
	const nodes = [
		trigger('theirs', credential),
		splitOutNode({ name: 'One item per person', field: 'data.people' }),
		{ parameters: { batchSize: 1, options: {} }, name: 'Loop Over Items', type: 'n8n-nodes-base.splitInBatches', typeVersion: 3, position: [500, 0] },
		{
			...copilotNode({
				name: 'Find client by email',
				credential,
				parameters: { resource: 'client', operation: 'getAll', returnAll: false, limit: 1, filters: { email: '={{ $json.email }}' } },
			}),
			alwaysOutputData: true,
			position: [750, 0],
		},
		{
			parameters: {
				conditions: {
					options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
					conditions: [
						{
							id: 'be4c0000-0000-4000-8000-0000000000c1',
							leftValue: '={{ $json.id }}',
							rightValue: '',
							operator: { type: 'string', operation: 'exists', singleValue: true },
						},
					],
					combinator: 'and',
				},
				options: {},
			},
			name: 'Found?',
			type: 'n8n-nodes-base.if',
			typeVersion: 2.2,
			position: [1000, 0],
		},
		{
			...copilotNode({
				name: 'Update client',
				credential,
				parameters: {
					resource: 'client',
					operation: 'update',
					clientId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
					updateFields: { givenName: person('givenName'), familyName: person('familyName') },
				},
			}),
			position: [1250, -100],
		},
		{
			...copilotNode({
				name: 'Create client',
				credential,
				parameters: {
					resource: 'client',
					operation: 'create',
					givenName: person('givenName'),
					familyName: person('familyName'),
					email: person('email'),
					additionalFields: {},
				},
			}),
			position: [1250, 100],
		},
	];
	const to = (node) => [{ node, type: 'main', index: 0 }];
	return {
		name: 'bench: Get Many + IF + Update or Create',
		nodes: nodes.map((node, index) => (index < 2 ? { ...node, position: [index * 250, 0] } : node)),
		connections: {
			'Copilot Trigger': { main: [to('One item per person')] },
			'One item per person': { main: [to('Loop Over Items')] },
			'Loop Over Items': { main: [[], to('Find client by email')] },
			'Find client by email': { main: [to('Found?')] },
			'Found?': { main: [to('Update client'), to('Create client')] },
			'Update client': { main: [to('Loop Over Items')] },
			'Create client': { main: [to('Loop Over Items')] },
		},
	};
}

/** PEOPLE people, the even ones already clients (with the names given, or with another family name). */
function people(fake, tag, existingChanged) {
	const all = Array.from({ length: PEOPLE }, (_, i) => ({ givenName: `Up${i}`, familyName: tag, email: `${tag}-${i}@example.com` }));
	const company = fake.store.add('company', { name: `Upsert bench ${tag}`, isPlaceholder: false, customFields: {} });
	all
		.filter((_, i) => i % 2 === 0)
		.forEach((person) =>
			fake.store.add('client', {
				...person,
				familyName: existingChanged ? `${tag}-before` : person.familyName,
				companyId: company.id,
				companyIds: [company.id],
				customFields: {},
				status: 'active',
			}),
		);
	return all;
}

async function runOnce(n8n, fake, key, existingChanged) {
	await sleep(2000); // the fake's bucket full again
	const tag = `${key}-${existingChanged ? 'changed' : 'same'}-${Date.now()}`;
	const batch = people(fake, tag, existingChanged);
	fake.clearRequests();
	const started = performance.now();
	const answer = await postSigned(
		`${n8n.baseUrl}/webhook/${WEBHOOK_IDS[key]}/webhook`,
		JSON.stringify({ eventType: 'client.updated', data: { object: 'client', id: tag, people: batch } }),
		SECRET,
	);
	const seconds = (performance.now() - started) / 1000;
	const requests = fake.requests.filter((request) => request.host === 'api');
	const served = requests.filter((request) => request.status !== 429);
	const byMethod = {};
	for (const request of served) byMethod[request.method] = (byMethod[request.method] ?? 0) + 1;
	const clients = fake.store.list('client').filter((client) => String(client.email).startsWith(`${tag}-`));
	const emails = new Set(clients.map((client) => client.email));
	const row = {
		workflow: key,
		existing: existingChanged ? 'changed' : 'unchanged',
		answer: answer.status,
		seconds,
		requests: served.length,
		byMethod,
		tooMany: requests.filter((request) => request.status === 429).length,
		clients: clients.length,
		twice: clients.length - emails.size,
		right: clients.filter((client) => client.familyName === tag).length,
	};
	console.log(
		`  ${NAMES[key]}, existing ${row.existing}: ${seconds.toFixed(1)} s, ${row.requests} requests (${JSON.stringify(byMethod)}; ${row.tooMany} × 429 besides), ${row.clients} clients, ${row.right} with the names given, answer ${answer.status}`,
	);
	return row;
}

const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function render(rows, { startedAt, seconds }) {
	const lines = [
		'## 5. Create or Update against Get Many + IF + Create/Update (`npm run bench:upsert`)',
		'',
		`Measured on ${startedAt.slice(0, 10)}, ${Math.round(seconds)} s, on n8n@${VERSION} against the fake Copilot API limited as Copilot is (20 at once, 20 more a second): one execution per row, started by a Copilot event carrying ${PEOPLE} people, of whom half (every other one) are clients already, either exactly as given (a form submitted again) or with another family name. "Theirs" is what a user builds without Create or Update: Loop Over Items (one person at a time, since Get Many drops the people it finds nothing for), Copilot › Get Many with the Email filter and Always Output Data, IF the client was found, then Copilot › Update (both names) or Create. Time from the event sent to the execution's answer (*Respond: When Workflow Finishes*); requests counted by the fake, 429s apart.`,
		'',
		'| existing clients | workflow | seconds | requests | per person | GET | POST | PATCH | answered 429 | clients at the end | created twice |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	for (const row of rows) {
		lines.push(
			`| ${row.existing} | ${NAMES[row.workflow]} | ${fixed(row.seconds, 1)} | ${row.requests} | ${fixed(row.requests / PEOPLE)} | ${row.byMethod.GET ?? 0} | ${row.byMethod.POST ?? 0} | ${row.byMethod.PATCH ?? 0} | ${row.tooMany} | ${row.clients} | ${row.twice} |`,
		);
	}
	lines.push('');
	for (const existing of ['unchanged', 'changed']) {
		const mine = rows.find((row) => row.workflow === 'ours' && row.existing === existing);
		const their = rows.find((row) => row.workflow === 'theirs' && row.existing === existing);
		if (!mine || !their) continue;
		const time = mine.seconds / their.seconds;
		const fewer = mine.requests < their.requests;
		lines.push(
			`Existing clients ${existing}: time ours / theirs **${fixed(time)}** (target ≤ 1.0: ${time <= 1 ? 'met' : '**missed**'}); requests per person ${fixed(mine.requests / PEOPLE)} against ${fixed(their.requests / PEOPLE)} (target fewer: ${fewer ? 'met' : existing === 'changed' ? 'equal at best: both look each person up and then write, so both run at the rate limit’s pace' : '**missed**'}).`,
			'',
		);
	}
	return lines.join('\n');
}

async function benchUpsert() {
	const started = Date.now();
	const runtime = await ensureN8n(VERSION);
	const userFolder = mkdtempSync(join(tmpdir(), 'copilot-bench-upsert-'));
	installCommunityPackage(userFolder, packPackage());
	const fake = await startFakeCopilotApi({ apiKey: API_KEY, rateLimit: { perSecond: 20, burst: 20 } });
	const n8n = await startN8n(runtime, { userFolder });
	try {
		const client = await connect(n8n.baseUrl);
		const credential = await client.createCopilotCredential('bench upsert', { apiKey: API_KEY, webhookSigningSecret: SECRET, baseUrl: fake.url });
		for (const [key, flow] of [['ours', ours(credential)], ['theirs', theirs(credential)]]) {
			const created = await client.createWorkflow(flow);
			await client.activate(created.id);
			await waitForWebhook(`${n8n.baseUrl}/webhook/${WEBHOOK_IDS[key]}/webhook`);
		}
		console.log(`Create or Update of ${PEOPLE} people, half of them clients already, on n8n@${VERSION}`);
		const rows = [];
		for (const existingChanged of [false, true]) {
			// Taking turns at going first.
			const order = existingChanged ? ['theirs', 'ours'] : ['ours', 'theirs'];
			for (const key of order) rows.push(await runOnce(n8n, fake, key, existingChanged));
		}
		writeSection('upsert-results', render(rows, { startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000 }));
		return rows;
	} finally {
		await n8n.stop();
		await fake.stop();
		rmSync(userFolder, { recursive: true, force: true });
	}
}

if (require.main === module) {
	benchUpsert().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}

module.exports = { benchUpsert };
