#!/usr/bin/env node
// `npm run bench`: in-process cost per event, then the three workflows end to end in real n8n,
// and BENCHMARKS.md written from what was measured in this one run.
const { execFileSync } = require('node:child_process');
const os = require('node:os');
const { join } = require('node:path');

const { writeKeepingSections } = require('../lib/benchmarks-file');
const { ROOT } = require('../lib/n8n/community-package');
const { ensureN8n } = require('../lib/n8n/runtime');
const { benchN8n } = require('./end-to-end');
const { benchActions } = require('./actions');
const { renderReport } = require('./report');
const { packTriggerAt } = require('./trigger-at-ref');

const QUICK = process.env.BENCH_QUICK === '1';
const LOAD = QUICK
	? { rounds: 1, concurrencies: [1, 10], requests: { default: 40 } }
	: { rounds: Number(process.env.BENCH_ROUNDS ?? 3), concurrencies: [1, 10], requests: { 1: 50, 10: 100 } };
/** `npm run bench:trigger`: parts 1 and 2 only. */
const TRIGGER_ONLY = process.argv.includes('--trigger-only');
/** A git commit whose trigger runs beside this build's in part 2, to compare them in the same rounds. */
const BEFORE = process.env.BENCH_BEFORE;

const CONFIGS = [
	{ version: '1.123.81' },
	{ version: '2.41.1' },
	{
		version: '2.41.1',
		label: 'n8n@2.41.1 with N8N_EXPRESSION_ENGINE=legacy',
		env: { N8N_EXPRESSION_ENGINE: 'legacy' },
	},
	{
		version: '2.41.1',
		label: 'n8n@2.41.1 with N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true',
		env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' },
	},
];

const FINDINGS = `**Our own code** costs microseconds per event (part 1). Since the trigger gives every item an
\`eventFingerprint\` (the SHA-256 of a canonical serialisation of the event, to recognise Copilot's
redeliveries), it hashes each event twice: once for the signature, once for the fingerprint, so its cost
is about three times the floor of HMAC + \`JSON.parse\` (in a probe during development, 1 KB: 3.7 µs
floor, 5.9 µs for the fingerprint alone, against 3.2 µs for a plain \`JSON.stringify\` + SHA-256).
That is a few microseconds per event against n8n's milliseconds per request in part 2.

**n8n 2.x, default engine: isolates the node cannot avoid.** Profiled with \`--cpu-prof\` (n8n 2.41.1, the
trigger at 1.1, 800 requests at concurrency 10), each request to a Copilot Trigger builds and disposes
three expression isolates (\`IsolatedVmBridge\`, about a quarter of the busy time), against one for the
Webhook node: (1) \`LiveWebhooks.executeWebhook\` acquires one for the webhook phase unless
\`webhookPhaseNeedsIsolate\` is false, which it only is for a start node of type exactly
\`n8n-nodes-base.webhook\`; (2) reading the credential (\`CredentialsHelper.getDecrypted\` →
\`applyDefaultsAndOverwrites\`) acquires one, and the trigger must read its signing secret from the
credential on every request (it keeps nothing in memory, as queue mode requires); (3) the execution
itself (\`WorkflowExecute.initializeExecution\`), which every workflow pays. The busy CPU for the same
requests was 44 s for the trigger and 24 s for the Webhook node. Nothing in a community node's
description or parameters changes (1) or (2); version 1.1 and the natively resolved *Respond* remove
everything else of ours (n8n's per-request \`$parameter["options"]["binaryData"]\` expression for version 1
start nodes, and the \`responseMode\` expression).

**n8n 2.x with \`N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true\`.** An isolate is then only built when an
expression is really evaluated. For the trigger at 1.1 none is (the response mode resolves natively,
the credential has no expressions, n8n skips the body-parsing expression), so it runs at the Webhook
node's pace and ahead of Webhook + Code. At version 1, n8n still evaluates the \`binaryData\` expression
for every request, which costs an isolate each time: that is why version 1 stays slow there, and why
new workflows get 1.1. n8n marks lazy acquisition as experimental.

**n8n 2.x with \`N8N_EXPRESSION_ENGINE=legacy\`.** No isolate at all; n8n says this engine is less secure
and soon to be deprecated.

**n8n 1.123.81: the credential.** 1.x acquires an isolate for every production webhook, whatever the
node, so that cost is shared; the trigger's extra cost is its credential read on every request.

**Why a/c ≥ 2 is out of reach.** (b) does no work at all and is the upper bound for (a); the Code node in (c)
adds little to n8n's fixed per-request cost, so even a free trigger would score a/c ≈ b/c.`;

/** The command that measured this report, as a reader would type it again. */
function command() {
	const settings = [
		QUICK && 'BENCH_QUICK=1',
		process.env.BENCH_ROUNDS && `BENCH_ROUNDS=${process.env.BENCH_ROUNDS}`,
		BEFORE && `BENCH_BEFORE=${BEFORE}`,
	].filter(Boolean);
	return [...settings, TRIGGER_ONLY ? 'npm run bench:trigger' : 'npm run bench'].join(' ');
}

function machine(n8nNode) {
	const cpus = os.cpus();
	return {
		cores: cpus.length,
		cpu: cpus[0]?.model?.trim() ?? 'unknown CPU',
		memoryGiB: Math.round(os.totalmem() / 2 ** 30),
		os: `${os.type()} ${os.release()}`,
		node: process.version,
		n8nNode,
	};
}

async function main() {
	const started = Date.now();
	console.log('Part 1: in-process cost per event');
	const inProcess = JSON.parse(
		execFileSync(process.execPath, ['--expose-gc', join(__dirname, 'in-process.js')], { cwd: ROOT, encoding: 'utf8' }),
	);
	const before = BEFORE ? packTriggerAt(BEFORE) : undefined;
	const endToEnd = [];
	for (const config of CONFIGS) {
		const label = config.label ?? `n8n@${config.version}`;
		console.log(`Part 2: ${label}`);
		endToEnd.push(await benchN8n(config.version, { ...LOAD, env: config.env, label, before }));
	}
	const runtime = await ensureN8n(CONFIGS[0].version);
	const n8nNode = execFileSync(join(runtime.nodeBin, 'node'), ['--version'], { encoding: 'utf8' }).trim();
	const report = renderReport({
		machine: machine(n8nNode),
		commands: ['npm install', command()],
		inProcess,
		endToEnd,
		findings: FINDINGS,
		startedAt: new Date(started).toISOString(),
		seconds: (Date.now() - started) / 1000,
	});
	writeKeepingSections(report);
	if (!TRIGGER_ONLY) {
		console.log('Part 3: the Copilot node against the HTTP Request node');
		await benchActions();
	}
	console.log(`BENCHMARKS.md written after ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
