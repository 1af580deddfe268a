// RULES.md, the readable table of what the fake refuses beyond Copilot's SDK, rendered from
// server-rules.js. `node test/fake-copilot-api/rules-table.js` writes it; a test checks it is current.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const { BEHAVIOURS, BEYOND_SDK, LARGE_PAGE_LISTS, RESPONSE_DIFFERENCES, RULES, SCHEMA_DIFFERENCES } = require('./server-rules');

const cell = (text) => String(text).replace(/\|/g, '\\|');

/** The status and body code of a refusal; `{ error }` where the tasks server answers itself. */
const answerOf = (rule) => (rule.status === undefined ? '400 parameter_invalid' : `${rule.status} ${rule.code ?? '{ error } (tasks server)'}`);

function renderRulesTable() {
	return [
		"# What the fake Copilot API refuses beyond Copilot's SDK",
		'',
		"The fake checks every request body against the shape of its operation in `schemas.js`: its fields, which are required, their types and allowed values, nested objects and arrays, as Copilot's SDK (`@assembly-js/node-sdk` 3.19.1) types and describes them; an empty text counts as missing. Beyond that it enforces the rules below, each where Copilot's own code or documentation shows it. This file is rendered from `server-rules.js` (`node test/fake-copilot-api/rules-table.js`); `test/fakeCopilotApi.test.ts` checks that it is current, that each rule is enforced, and tries each one over HTTP.",
		'',
		'## Rules',
		'',
		'| Rule | Operations | The fake refuses | Answer | Source |',
		'| --- | --- | --- | --- | --- |',
		...Object.entries(RULES).map(
			([id, rule]) =>
				`| \`${id}\` | ${cell(rule.operations)} | ${cell(rule.refuses)} | ${answerOf(rule)} | ${cell(rule.source)} |`,
		),
		'',
		"## Where the server's shapes differ from the SDK's types",
		'',
		"The SDK is generated from an OpenAPI description that is wrong in these places. `schemas.js` follows the server; the SDK contract test (`test/copilot-node/sdkContract.test.ts`) reads the SDK's types and checks that these are the only differences.",
		'',
		'| Operation | Field | SDK type | Server | Source |',
		'| --- | --- | --- | --- | --- |',
		...SCHEMA_DIFFERENCES.map(
			(difference) =>
				`| \`${difference.operation}\` | \`${difference.path}\` | ${cell(difference.sdk)} | ${cell(difference.server)} | ${cell(difference.source)} |`,
		),
		'',
		'## What it does, where a test depends on it',
		'',
		"Beyond refusing, the fake changes records as Copilot says it does. Each behaviour is marked in the fake's code with `behaviour(id)`; `test/fakeCopilotApi.test.ts` checks each over HTTP.",
		'',
		'| Behaviour | Operations | The fake | Source |',
		'| --- | --- | --- | --- |',
		...Object.entries(BEHAVIOURS).map(([id, entry]) => `| \`${id}\` | ${cell(entry.operations)} | ${cell(entry.does)} | ${cell(entry.source)} |`),
		'',
		"## Where its answers differ from the SDK's answer types",
		'',
		"The SDK contract test compares every answer the node gets from the fake with the SDK's type of that answer: a field the type lacks, or a value of another type, fails it unless it is named here. \"Fake only\" marks what the fake keeps on a record beyond Copilot's answer; the node reads none of it.",
		'',
		'| Operations | Field | The fake answers | Source |',
		'| --- | --- | --- | --- |',
		...RESPONSE_DIFFERENCES.map(
			(entry) => `| ${cell(entry.operations.map((name) => (name === '*' ? 'all' : `\`${name}\``)).join(', '))} | \`${entry.path}\` | ${cell(entry.server)} | ${cell(entry.source)} |`,
		),
		'',
		'## Page sizes',
		'',
		"No Copilot document states how many records a list page may hold. Copilot's own apps read these lists in pages of thousands, and the fake serves them as large as `limit` asks; every other list serves at most 100 a page without saying so, so that a client must follow `nextToken`. `setPageMode('refuse')` makes every list refuse a `limit` above 100 with a 400 naming limit, `setPageMode('cap')` makes every list serve 100 at most silently.",
		'',
		'| List | Source |',
		'| --- | --- |',
		...Object.entries(LARGE_PAGE_LISTS).map(([operation, source]) => `| \`${operation}\` | ${cell(source)} |`),
		'',
		"## What the server takes that the SDK does not know",
		'',
		"Operations and query parameters Copilot's own apps use that `@assembly-js/node-sdk` 3.19.1 lacks. The fake serves them; the SDK contract test accepts exactly these beyond the SDK.",
		'',
		'| Request | Operation | Query beyond the SDK | Source |',
		'| --- | --- | --- | --- |',
		...BEYOND_SDK.map(
			(extra) =>
				`| \`${extra.method} ${extra.path}\` | ${extra.operation ? `\`${extra.operation}\` (not in the SDK)` : 'in the SDK'} | ${
					Object.entries(extra.query)
						.map(([name, type]) => `\`${name}\` (${type})`)
						.join(', ') || 'none'
				} | ${cell(extra.source)} |`,
		),
		'',
		'## Faults it can inject',
		'',
		"`failNext` (`failures.js`) makes the next matching requests fail as real servers do: a status before anything is done (429, 5xx, ...); the request carried out, then a status or a cut connection (`afterWrite`: a gateway's 502 after the write); a late answer (`delayMs`); no answer (`hangUp`); a list page that hands back the token it was asked with (`repeatToken`); extra answer headers such as Retry-After (`headers`); all matching requests answered together once the last has arrived (`together`: two executions' look-ups both done before either create).",
		'',
	].join('\n');
}

const RULES_FILE = join(__dirname, 'RULES.md');

if (require.main === module) writeFileSync(RULES_FILE, renderRulesTable());

module.exports = { RULES_FILE, renderRulesTable };
