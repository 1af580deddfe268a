// Installs what the test servers and the browser suite need from Debian's packages, when this runs
// as root on a machine without them (as CI does); otherwise says which command to run. One install
// at a time, whoever asks: the warm-up that `npm test` starts installs all of them in one apt-get run,
// and a suite that needs one meanwhile waits for it rather than collide with apt's own lock.
const { execFileSync } = require('node:child_process');
const { mkdirSync, readFileSync, rmSync } = require('node:fs');
const { userInfo } = require('node:os');
const { join } = require('node:path');

const { cacheDir, isAlive, tryLock } = require('../cache');

const isRoot = () => userInfo().uid === 0;
const LOCK = () => join(cacheDir(), 'apt.lock');

/** Sleeps this thread (the callers are synchronous), without spinning. */
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Waits while another live process holds the project's apt lock: what it installs is not usable before. */
function waitForOtherInstalls() {
	for (let said = false; ; said = true) {
		let holder = 0;
		try {
			holder = Number(readFileSync(LOCK(), 'utf8')) || 0;
		} catch {
			return;
		}
		if (holder === process.pid || !isAlive(holder)) return;
		if (!said) console.log(`Waiting for process ${holder} to finish installing Debian packages`);
		pause(1000);
	}
}

/** Runs `work` holding the project's apt lock, waiting for another process that holds it. */
function withAptLock(work) {
	mkdirSync(cacheDir(), { recursive: true });
	for (let said = false; ; said = true) {
		const { taken, holder } = tryLock(LOCK());
		if (taken) break;
		if (!said) console.log(`Waiting for process ${holder} to finish installing Debian packages`);
		pause(1000);
	}
	try {
		return work();
	} finally {
		rmSync(LOCK(), { force: true });
	}
}

/** Installs Debian packages `names` in one apt-get run (`what` names them in messages). */
function installDebianPackages(names, what) {
	if (!isRoot()) {
		throw new Error(`${what} is not installed: run \`sudo apt-get install -y ${names.join(' ')}\` (Debian/Ubuntu) and try again.`);
	}
	console.log(`Installing ${what} from Debian packages`);
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', ...names], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}

/** `find()`'s answer, installing Debian package `name` first if it finds nothing. */
function findOrInstall(find, name, what) {
	waitForOtherInstalls();
	const found = find();
	if (found) return found;
	// Another process may be installing it right now: look again once it is done.
	return withAptLock(() => {
		const meanwhile = find();
		if (meanwhile) return meanwhile;
		installDebianPackages([name], what);
		const installed = find();
		if (!installed) throw new Error(`apt-get installed ${name}, but ${what} is still not where it was looked for`);
		return installed;
	});
}

module.exports = { findOrInstall, installDebianPackages, isRoot, withAptLock };
