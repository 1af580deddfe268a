// Runs the static analysis of n8n's community-package scanner locally, without the network:
// the same lint on the source tree and on the unpacked `npm pack` tarball that n8n runs before
// it verifies a package (the provenance and download steps are the only parts left out).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

function unpackTarball(into) {
	const packed = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', into], { cwd: root, encoding: 'utf8' }),
	);
	const unpacked = join(into, 'package');
	execFileSync('tar', ['-xzf', join(into, packed[0].filename), '-C', into]);
	return { unpacked, files: packed[0].files.map((file) => file.path) };
}

function report(label, result) {
	console.log(`${result.passed ? 'passed' : 'FAILED'}: ${label}${result.message ? ` (${result.message})` : ''}`);
	if (result.details) console.log(result.details);
	return result.passed;
}

if (!existsSync(join(root, 'dist'))) {
	console.error('dist/ is missing: run `npm run build` before `npm run scan`.');
	process.exit(1);
}

const workDir = mkdtempSync(join(tmpdir(), 'n8n-nodes-copilot-scan-'));
try {
	const sourcePassed = report('source tree', await analyzePackage(root, SOURCE_FILE_PATTERNS));
	const { unpacked, files } = unpackTarball(workDir);
	const tarballPassed = report(
		`npm pack tarball (${files.length} files)`,
		await analyzePackage(unpacked, TARBALL_FILE_PATTERNS),
	);
	process.exitCode = sourcePassed && tarballPassed ? 0 : 1;
} finally {
	rmSync(workDir, { recursive: true, force: true });
}
