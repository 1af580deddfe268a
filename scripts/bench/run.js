#!/usr/bin/env node
// `npm run bench`: in-process cost per event, then the three workflows end to end in real n8n,
// and BENCHMARKS.md written from what was measured in this one run.
const { execFileSync } = require('node:child_process');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const { join } = require('node:path');

const { ROOT } = require('../lib/community-package');
const { ensureN8n } = require('../lib/runtime');
const { benchN8n } = require('./end-to-end');
const { renderReport } = require('./report');

const QUICK = process.env.BENCH_QUICK === '1';
const LOAD = QUICK
	? { rounds: 1, concurrencies: [1, 10], requests: { default: 40 } }
	: { rounds: 3, concurrencies: [1, 10], requests: { 1: 80, 10: 150 } };

const CONFIGS = [
	{ version: '1.123.81' },
	{ version: '2.41.1' },
	{
		version: '2.41.1',
		label: 'n8n@2.41.1 with N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true',
		env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' },
	},
];

const FINDINGS = `On n8n 2.41.1 the production-webhook handler (\`LiveWebhooks.executeWebhook\` in
\`packages/cli/src/webhooks/live-webhooks.ts\`) calls \`workflow.expression.acquireIsolate()\` before it runs
the trigger's \`webhook()\` unless \`webhookPhaseNeedsIsolate(startNode)\` is false, and that is false only when
all of these hold: \`N8N_EXPRESSION_ENGINE_ALLOW_WEBHOOK_ISOLATE_SKIP\` is on (the default), the start node's
type **is exactly \`n8n-nodes-base.webhook\`**, its \`typeVersion\` is not 1, its parameters hold no expression
(\`nodeParametersAreStatic\`) and every field of its webhook description resolves natively
(\`webhookDescriptionIsNativelyResolvable\`). The isolate pool holds one isolate by default
(\`N8N_EXPRESSION_ENGINE_POOL_SIZE=1\`), and every execution also holds one for its whole run
(\`WorkflowExecute.initializeExecution\`), so a community trigger's requests wait for the isolate while earlier
executions run, and answer later; the built-in Webhook node answers without waiting.

Nothing in a community node's description or parameter handling can avoid this: the check is on the node
*type*, before our code runs, and our node already has static parameters (its \`subtitle\` expression is only
evaluated by the editor) and a webhook description without expressions (\`responseData: 'noData'\`, fixed
\`path\`, \`httpMethod\` and \`responseMode\`). Our own handling costs microseconds (part 1). n8n's source marks
this gate as transitional: once lazy isolate acquisition is the default it is to be removed. Until then an
operator can opt in with \`N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true\` (measured above where listed) or use
\`N8N_EXPRESSION_ENGINE=legacy\`. n8n 1.123.x has no isolate engine, so there the trigger and the Webhook node
take the same path.`;

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
	const endToEnd = [];
	for (const config of CONFIGS) {
		const label = config.label ?? `n8n@${config.version}`;
		console.log(`Part 2: ${label}`);
		endToEnd.push(await benchN8n(config.version, { ...LOAD, env: config.env, label }));
	}
	const runtime = await ensureN8n(CONFIGS[0].version);
	const n8nNode = execFileSync(join(runtime.nodeBin, 'node'), ['--version'], { encoding: 'utf8' }).trim();
	const report = renderReport({
		machine: machine(n8nNode),
		commands: ['npm install', QUICK ? 'BENCH_QUICK=1 npm run bench' : 'npm run bench'],
		inProcess,
		endToEnd,
		findings: FINDINGS,
		startedAt: new Date(started).toISOString(),
		seconds: (Date.now() - started) / 1000,
	});
	const file = join(ROOT, 'BENCHMARKS.md');
	const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
	const loadResults = previous.match(/<!-- load-results:start -->[\s\S]*?<!-- load-results:end -->/);
	writeFileSync(file, loadResults ? `${report.trimEnd()}\n\n${loadResults[0]}\n` : report);
	console.log(`BENCHMARKS.md written after ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
