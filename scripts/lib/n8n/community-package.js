// Packs this package and installs the tarball into an n8n user folder the way n8n's own
// community-package installer does, so the node type is `n8n-nodes-copilot.copilotTrigger`.
const { execFileSync } = require('node:child_process');
const { existsSync, mkdirSync, mkdtempSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..', '..');

function packPackage() {
	if (!existsSync(join(ROOT, 'dist', 'nodes'))) throw new Error('dist/ is missing: run `npm run build` first.');
	const into = mkdtempSync(join(tmpdir(), 'n8n-nodes-copilot-pack-'));
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', into], { cwd: ROOT, encoding: 'utf8' }),
	);
	return join(into, packed.filename);
}

function installCommunityPackage(userFolder, tarball) {
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	mkdirSync(nodesDir, { recursive: true });
	if (!existsSync(join(nodesDir, 'package.json'))) {
		writeFileSync(join(nodesDir, 'package.json'), '{"name":"installed-nodes","private":true}\n');
	}
	// Without --omit=peer npm would pull n8n-workflow in beside n8n's own copy.
	execFileSync(
		'npm',
		['install', '--omit=peer', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', tarball],
		{ cwd: nodesDir, stdio: 'pipe' },
	);
}

module.exports = { ROOT, packPackage, installCommunityPackage };
