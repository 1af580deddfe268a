#!/usr/bin/env node
// `npm run bench:actions`: part 3 of the benchmarks alone, written into its section of BENCHMARKS.md.
const { writeSection } = require('../lib/benchmarks-file');
const { E2E_N8N_VERSIONS } = require('../lib/n8n/versions');
const { benchActionNode } = require('./action-node');
const { renderActionSection } = require('./action-report');

const QUICK = process.env.BENCH_QUICK === '1';

async function benchActions() {
	const started = Date.now();
	const results = [];
	for (const version of E2E_N8N_VERSIONS) {
		console.log(`Part 3: the Copilot node against the HTTP Request node on n8n@${version}`);
		results.push(await benchActionNode(version, QUICK ? { clients: 2000, creates: 60, rounds: 1 } : {}));
	}
	writeSection('action-node-results', renderActionSection(results, { startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000 }));
	return results;
}

if (require.main === module) {
	benchActions().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}

module.exports = { benchActions };
