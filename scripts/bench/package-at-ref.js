// This package as it was at another git commit, packed as a package of its own
// (`n8n-nodes-copilot-before`) with only the nodes asked for, so that one n8n runs them beside the
// current build and a benchmark compares the two in the same rounds.
const { execFileSync } = require('node:child_process');
const { mkdtempSync, readFileSync, symlinkSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { ROOT } = require('../lib/n8n/community-package');

const BEFORE_PACKAGE = 'n8n-nodes-copilot-before';

/**
 * Builds and packs the nodes of `ref` whose dist path contains `keep` (such as "CopilotTrigger" or
 * "Copilot/Copilot.node"); returns the tarball and the commit it was built from.
 */
function packNodesAt(ref, keep) {
	const commit = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
	const dir = mkdtempSync(join(tmpdir(), `copilot-package-${commit}-`));
	execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${dir}"`], { cwd: ROOT });
	// The build tools of this checkout build the older sources.
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'pipe' });
	const packageJson = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
	packageJson.name = BEFORE_PACKAGE;
	// Only those nodes; the credential type comes from the current package, which n8n loads too.
	packageJson.n8n = { ...packageJson.n8n, credentials: [], nodes: packageJson.n8n.nodes.filter((path) => path.includes(keep)) };
	writeFileSync(join(dir, 'package.json'), JSON.stringify(packageJson, null, 2));
	const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: dir, encoding: 'utf8' }));
	return { tarball: join(dir, packed.filename), commit };
}

module.exports = { BEFORE_PACKAGE, packNodesAt };
