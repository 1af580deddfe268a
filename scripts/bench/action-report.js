// The BENCHMARKS.md section of part 3: the Copilot node against the HTTP Request node.
const { median } = require('./report');

const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const meets = (ok) => (ok ? 'met' : '**missed**');

function listSection(result) {
	const { list, clients } = result;
	const pages = list[0].pages;
	const lines = [
		`**Get Many over ${clients.toLocaleString('en-US')} clients (${pages} pages of 100), against a fake with no rate limit.** The Copilot node keeps Copilot's 20 requests a second whatever the server (one limiter per workspace, always on, so that executions together never go past Copilot's limit), so its ${pages} pages take at least ${fixed(Math.ceil((pages - 20) / 20) * 1.025, 1)} s here by design, where the HTTP Request node, which knows no limit, runs as fast as the server answers: on Copilot itself it could not (next table). Node time is n8n's \`executionTime\` of the listing node(s); the floor is one \`fetch\` loop over the same pages from outside n8n.`,
		'',
		'| round | floor ms | Copilot node ms | HTTP Request + Split Out ms | ours / theirs | ours per page ms | floor per page ms |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	for (const row of list) {
		lines.push(
			`| ${row.round} | ${fixed(row.floorMs, 0)} | ${row.ours.nodeMs} | ${row.theirs.nodeMs} | ${fixed(row.ours.nodeMs / row.theirs.nodeMs)} | ${fixed(row.ours.nodeMs / row.pages)} | ${fixed(row.floorMs / row.pages)} |`,
		);
	}
	const ratio = median(list.map((row) => row.ours.nodeMs / row.theirs.nodeMs));
	const items = list.every((row) => row.ours.items === clients && row.theirs.items === clients);
	lines.push(
		'',
		`Median ours / theirs ${fixed(ratio)}: the cost of keeping Copilot's limit where a server has none, not of the node's own work. Every run gave ${clients.toLocaleString('en-US')} items: ${items ? 'yes' : '**no**'}.`,
	);
	return lines.join('\n');
}

/** What the unpaced HTTP Request node made of Copilot's 429: an error, or a list cut short without one. */
function outcome(run, clients) {
	if (run.status !== 'success') return `fails: "${run.error ?? run.status}"`;
	if (run.items < clients) return `**stops without an error** after ${run.items.toLocaleString('en-US')} of ${clients.toLocaleString('en-US')} items`;
	return `${run.nodeMs} ms (${run.items})`;
}

function limitedListSection(result) {
	const { limited, clients } = result;
	const lines = [
		`**The same listing against Copilot's limit** (the fake's token bucket: 20 at once, 20 more a second, 429 beyond). No client can list 100 pages in under 4 s there.`,
		'',
		'| round | Copilot node ms (items, 429s) | HTTP Request, 50 ms between pages, ms (items) | HTTP Request, no pause | ours / paced HTTP |',
		'| ---: | ---: | ---: | --- | ---: |',
	];
	for (const row of limited) {
		const ours = row.copilotListLimited;
		const paced = row.httpListPaced;
		const unpaced = row.httpListLimited;
		lines.push(
			`| ${row.round} | ${ours.nodeMs} (${ours.items}, ${ours.tooMany}) | ${paced.nodeMs} (${paced.items}) | ${outcome(unpaced, clients)} | ${fixed(ours.nodeMs / paced.nodeMs)} |`,
		);
	}
	const ratio = median(limited.map((row) => row.copilotListLimited.nodeMs / row.httpListPaced.nodeMs));
	const complete = limited.every((row) => row.copilotListLimited.items === clients && row.copilotListLimited.status === 'success');
	lines.push('', `Median ours / paced HTTP Request **${fixed(ratio)}**; the Copilot node listed all ${clients.toLocaleString('en-US')} every time: ${complete ? 'yes' : '**no**'}.`);
	return lines.join('\n');
}

function createSection(result) {
	const names = {
		copilotCreate: 'Copilot node (paces itself to 20/s)',
		httpCreate: 'HTTP Request, batches of 20 every 1,000 ms',
	};
	const lines = [
		`**${result.creates} client creates in one execution** against Copilot's limit. Rate = created / the create node's \`executionTime\`.`,
		'',
		'| workflow | created/s | ÷ 20/s | created | failed | answered 429 | execution |',
		'| --- | ---: | ---: | ---: | ---: | ---: | --- |',
	];
	for (const row of result.create) {
		lines.push(
			`| ${names[row.workflow]} | ${fixed(row.perSecond, 1)} | ${fixed(row.perSecond / 20)} | ${row.created} | ${row.failed} | ${row.tooMany} | ${row.status} |`,
		);
	}
	const ours = result.create.find((row) => row.workflow === 'copilotCreate');
	lines.push('', `Target ≥ 0.9 × 20/s with 0 failures: ${meets(ours.perSecond >= 18 && ours.failed === 0)}.`);
	return lines.join('\n');
}

function renderActionSection(results, { startedAt, seconds }) {
	return [
		'## 3. The Copilot node against the HTTP Request node',
		'',
		`Measured by \`npm run bench\` (part 3; \`npm run bench:actions\` runs it alone) on ${startedAt.slice(0, 10)}, ${Math.round(seconds)} s, against the fake Copilot API on loopback (\`test/fake-copilot-api\`). Each workflow starts from the Copilot Trigger with *Respond: When Workflow Finishes*; "theirs" is what a user builds without this node.`,
		'',
		"The Copilot node paces every request to Copilot's 20 a second (one limiter per workspace in each n8n process), from the first request on, where the HTTP Request node needs a fixed pause between pages that the user must choose: without one it fails, or stops without an error, at Copilot's first 429. The node follows `nextToken` in plain code and reads its credential once per execution, handing it to n8n's request helper, which still authenticates every request with it.",
		'',
		...results.flatMap((result) => [
			`### ${result.label}`,
			'',
			listSection(result),
			'',
			limitedListSection(result),
			'',
			createSection(result),
			'',
		]),
	].join('\n');
}

module.exports = { renderActionSection };
