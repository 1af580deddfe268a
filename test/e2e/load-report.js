// Writes the load results into their section of BENCHMARKS.md.
const { writeSection } = require('../../scripts/lib/benchmarks-file');

function render(report) {
	const { postgres: pg, sqlite } = report;
	const lines = [
		`## Under load (\`${report.events === 2000 ? 'npm run test:load' : `LOAD_EVENTS=${report.events}`}\`)`,
		'',
		`n8n@${report.version} with the Copilot Trigger published, signed \`client.updated\` events with distinct ids,`,
		`sent on loopback at concurrency ${report.concurrency}; ${new Date().toISOString().slice(0, 10)}.`,
		'',
		'| run | database | sent | answers | executions | each id |',
		'| --- | --- | ---: | --- | ---: | --- |',
	];
	if (pg.genuine) {
		lines.push(`| genuine events | PostgreSQL | ${pg.genuine.sent} | all 200 (${pg.genuine.perSecond.toFixed(1)}/s) | ${pg.genuine.executions} | exactly once |`);
	}
	if (pg.mixed) {
		lines.push(`| 20% forged mixed in | PostgreSQL | ${pg.mixed.sent} | ${pg.mixed.genuine} × 200, ${pg.mixed.forged401} × 401 | ${pg.mixed.executions} | genuine once, forged never |`);
	}
	const restartRuns = {
		immediately: 'Respond Immediately (default)',
		whenWorkflowFinishes: 'Respond When Workflow Finishes',
		whenWorkflowFinishesBehindBalancer: 'Respond When Workflow Finishes, behind a balancer that checks /healthz/readiness',
		deduplicatedBehindBalancer: 'the same, with Remove Duplicates on eventFingerprint after the trigger (counted after it)',
	};
	for (const [respond, label] of Object.entries(restartRuns)) {
		const restart = pg.restart?.[respond];
		if (!restart) continue;
		const failures = Object.entries(restart.failures ?? {}).map(([message, times]) => `${times} × "${message}"`);
		lines.push(
			`| n8n restarted while sending, ${label} (concurrency 10, retrying like Copilot) | PostgreSQL | ${restart.sent} | all 200 in the end (${restart.retried} retried) | ${restart.ranOnce} once | ${restart.sentAfterRestart} sent after the restart: each exactly once; around the restart ${restart.acknowledgedByN8nStartingUp} were answered 200 by n8n's start-up page, ${restart.neverRan} acknowledged never ran (${restart.neverRanOfThoseAcknowledgedByTheWorkflow} of those acknowledged by the workflow), ${restart.ranTwice} ran twice${failures.length ? `; failed executions: ${failures.join(', ')}` : ''} |`,
		);
	}
	if (sqlite) {
		lines.push(`| genuine events | SQLite (default) | ${sqlite.sent} | ${sqlite.sent - sqlite.non2xx} × 200, ${sqlite.non2xx} other | ${sqlite.executionsWithItems} (${sqlite.failedExecutions} failed) | ${sqlite.distinctIds} distinct |`);
	}
	return lines.join('\n');
}

function recordLoadResults(report) {
	if (!report.postgres.genuine) return;
	writeSection('load-results', render(report));
}

module.exports = { recordLoadResults };
