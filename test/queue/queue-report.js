// Writes the queue-mode results into their section of BENCHMARKS.md, one per n8n setting measured.
const { writeSection } = require('../../scripts/lib/benchmarks-file');

const perSecond = (value) => value.toFixed(1);

/** The section's name and heading: the plain run, or the settings and trigger version it measured. */
function sectionOf({ settings, triggerVersion }) {
	const entries = Object.entries(settings);
	if (entries.length === 0 && triggerVersion === 1) return { name: 'queue-results', heading: '## Queue mode (`npm run test:queue`)' };
	const command = [
		settings.N8N_EXPRESSION_ENGINE ? `QUEUE_EXPRESSION_ENGINE=${settings.N8N_EXPRESSION_ENGINE}` : '',
		settings.N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE ? 'QUEUE_LAZY_ACQUIRE=1' : '',
		triggerVersion === 1 ? '' : `QUEUE_TRIGGER_VERSION=${triggerVersion}`,
		'npm run test:queue',
	].filter(Boolean);
	const described = [...entries.map(([name, value]) => `${name}=${value}`), `the trigger at version ${triggerVersion}`].join(', ');
	const name = [
		'queue-results',
		settings.N8N_EXPRESSION_ENGINE,
		settings.N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE ? 'lazy-acquire' : '',
		triggerVersion === 1 ? '' : `trigger-${String(triggerVersion).replace('.', '-')}`,
	]
		.filter(Boolean)
		.join('-');
	return { name, heading: `## Queue mode with ${described} (\`${command.join(' ')}\`)` };
}

function render(report) {
	const { version, genuine, forged, concurrency, rounds } = report;
	const lines = [
		sectionOf(report).heading,
		'',
		`n8n@${version} with \`EXECUTIONS_MODE=queue\`: PostgreSQL, Redis, one main process, \`n8n webhook\` processes`,
		`behind a loopback round-robin balancer, \`n8n worker\` processes (concurrency 10 each), all on this 2-core machine.`,
		`Each round: ${genuine} signed \`client.updated\` events with distinct ids plus ${forged} forged ones, concurrency ${concurrency};`,
		`${new Date().toISOString().slice(0, 10)}. "Executed/s" counts from the first request to the last execution's end;`,
		'"CPU ms per event" is the CPU time each role used during the round (n8n and its task runners, from /proc) per genuine event.',
		'',
		'| round | webhook processes | workers | answered/s | executed/s | received per webhook process | run per worker | CPU ms per event: webhook / worker / main | result |',
		'| --- | ---: | ---: | ---: | ---: | --- | --- | --- | --- |',
	];
	const cpu = ({ webhook, worker, main }) => [webhook, worker, main].map((ms) => ms.toFixed(0)).join(' / ');
	const row = (name, r, cpuText, result) =>
		lines.push(
			`| ${name} | ${r.webhookProcesses} | ${r.workers} | ${perSecond(r.acknowledgedPerSecond)} | ${perSecond(r.executedPerSecond)} | ${r.receivedByWebhook.join(' / ')} | ${r.executedByWorker.join(' / ')} | ${cpuText} | ${result} |`,
		);
	if (rounds.one) row('one of each', rounds.one, cpu(rounds.one.cpuMsPerEvent), `${rounds.one.executions} executions: each genuine event once, ${forged} × 401`);
	if (rounds.two) row('two of each', rounds.two, cpu(rounds.two.cpuMsPerEvent), `${rounds.two.executions} executions: each genuine event once, ${forged} × 401`);
	if (rounds.kill?.ranOnce !== undefined) {
		const kill = rounds.kill;
		row(
			'two of each, one webhook process killed (SIGKILL) mid-run; sender retries like Copilot',
			kill,
			'not known (the killed process took its count with it)',
			`${kill.lost} acknowledged events lost; ${kill.unansweredAtKill} deliveries unanswered at the kill and sent again; ${kill.ranOnce} ran once, ${kill.ranTwice} twice`,
		);
	}
	return lines.join('\n');
}

function recordQueueResults(report) {
	if (!report.rounds.one) return;
	writeSection(sectionOf(report).name, render(report));
}

module.exports = { recordQueueResults };
