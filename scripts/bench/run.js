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
const { FINDINGS } = require('./findings');
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
