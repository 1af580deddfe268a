// BENCHMARKS.md is written by several runs (bench, test:load, test:queue); each owns a section
// between `<!-- <name>:start -->` and `<!-- <name>:end -->` and leaves the others as they are.
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const FILE = join(__dirname, '..', '..', 'BENCHMARKS.md');
const SECTION = /<!-- ([a-z-]+-results[a-z0-9-]*):start -->[\s\S]*?<!-- \1:end -->/g;

const read = () => (existsSync(FILE) ? readFileSync(FILE, 'utf8') : '');

/** Writes `body` as section `name` (a `*-results*` name), replacing that section or appending it. */
function writeSection(name, body) {
	const start = `<!-- ${name}:start -->`;
	const end = `<!-- ${name}:end -->`;
	const section = `${start}\n${body.trim()}\n\n${end}`;
	const current = read() || '# Benchmarks\n';
	const at = current.indexOf(start);
	const until = current.indexOf(end, at);
	writeFileSync(
		FILE,
		at >= 0 && until >= 0
			? current.slice(0, at) + section + current.slice(until + end.length)
			: `${current.trimEnd()}\n\n${section}\n`,
	);
}

/** Replaces the whole file with `report`, keeping every section the other runs wrote. */
function writeKeepingSections(report) {
	const kept = read().match(SECTION) ?? [];
	writeFileSync(FILE, `${[report.trimEnd(), ...kept].join('\n\n')}\n`);
}

module.exports = { writeKeepingSections, writeSection };
