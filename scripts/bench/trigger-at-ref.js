// The Copilot Trigger as it was at another git commit, packed as a package of its own
// (`n8n-nodes-copilot-before`), so that one n8n runs it beside the current build and a benchmark
// compares the two in the same rounds.
const { execFileSync } = require('node:child_process');
const { mkdtempSync, readFileSync, symlinkSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { ROOT } = require('../lib/n8n/community-package');

const BEFORE_PACKAGE = 'n8n-nodes-copilot-before';
const TRIGGER_TYPE = `${BEFORE_PACKAGE}.copilotTrigger`;

/** Builds and packs the trigger of `ref`; returns the tarball and the commit it was built from. */
function packTriggerAt(ref) {
	const commit = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
	const dir = mkdtempSync(join(tmpdir(), `copilot-trigger-${commit}-`));
	execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${dir}"`], { cwd: ROOT });
	// The build tools of this checkout build the older sources.
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'pipe' });
	const packageJson = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
	packageJson.name = BEFORE_PACKAGE;
	// Only the trigger; the credential type comes from the current package, which n8n loads too.
	packageJson.n8n = { ...packageJson.n8n, credentials: [], nodes: packageJson.n8n.nodes.filter((path) => path.includes('CopilotTrigger')) };
	writeFileSync(join(dir, 'package.json'), JSON.stringify(packageJson, null, 2));
	const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: dir, encoding: 'utf8' }));
	return { tarball: join(dir, packed.filename), commit };
}

module.exports = { TRIGGER_TYPE, packTriggerAt };
