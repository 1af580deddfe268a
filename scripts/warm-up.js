#!/usr/bin/env node
// The first step of `npm test`: on a machine that lacks what the suites need (both n8n versions and
// the Node.js they run on, in the cache; Debian's Chromium, PostgreSQL and Redis), starts installing
// all of it in the background, both n8n versions at once and the Debian packages in one apt-get run,
// while the build, lint and unit tests go on. The suites then find it installed, or wait for the
// install under way (scripts/lib/cache.js and services/debian.js take turns through lock files);
// if the warm-up fails, each suite installs what it needs itself, as before. Prints where its log
// is and returns at once; with nothing missing it does nothing.
const { spawn } = require('node:child_process');
const { existsSync, mkdirSync, openSync } = require('node:fs');
const { join } = require('node:path');

const { CHROMIUM_PACKAGE } = require('./lib/browser/chromium');
const { cacheDir } = require('./lib/cache');
const { ensureN8n } = require('./lib/n8n/runtime');
const { E2E_N8N_VERSIONS } = require('./lib/n8n/versions');
const { installDebianPackages, isRoot, withAptLock } = require('./lib/services/debian');
const { POSTGRES_PACKAGE } = require('./lib/services/postgres');
const { REDIS_PACKAGE } = require('./lib/services/redis');

const DEBIAN_PACKAGES = [CHROMIUM_PACKAGE, POSTGRES_PACKAGE, REDIS_PACKAGE];

const missingN8n = () => E2E_N8N_VERSIONS.filter((version) => !existsSync(join(cacheDir(), `n8n-${version}`, '.complete')));
const missingPackages = () => (isRoot() ? DEBIAN_PACKAGES.filter((what) => !what.installed()) : []);

/** Both n8n versions at once (they take turns at the Node.js they share). */
async function installN8n() {
	await Promise.all(missingN8n().map((version) => ensureN8n(version)));
}

/** The missing Debian packages, in one apt-get run. */
function installDebian() {
	withAptLock(() => {
		const missing = missingPackages();
		if (missing.length > 0) installDebianPackages(missing.map((what) => what.name), missing.map((what) => what.name).join(', '));
	});
}

/** A detached process doing `part`, its output appended to the warm-up log. */
function startPart(part, log) {
	const out = openSync(log, 'a');
	spawn(process.execPath, [__filename, '--run', part], { detached: true, stdio: ['ignore', out, out], env: process.env }).unref();
}

function startInBackground() {
	const n8n = missingN8n();
	const debian = missingPackages().map((what) => what.name);
	if (n8n.length === 0 && debian.length === 0) return;
	mkdirSync(cacheDir(), { recursive: true });
	const log = join(cacheDir(), 'warm-up.log');
	// Apart, so that apt-get, which runs to its end in one call, does not hold up the n8n installs' output.
	if (n8n.length > 0) startPart('n8n', log);
	if (debian.length > 0) startPart('debian', log);
	console.log(
		`Installing in the background while the first checks run: ${[...n8n.map((version) => `n8n@${version}`), ...debian].join(', ')} (log: ${log})`,
	);
}

const part = process.argv[process.argv.indexOf('--run') + 1];
if (process.argv.includes('--run')) {
	const started = Date.now();
	Promise.resolve(part === 'debian' ? installDebian() : installN8n())
		.then(() => console.log(`Warm-up of ${part} done in ${Math.round((Date.now() - started) / 1000)} s`))
		.catch((error) => {
			console.error(`Warm-up of ${part} failed; the suites will install what they need themselves: ${error.stack ?? error}`);
			process.exit(1);
		});
} else {
	startInBackground();
}
