// The project's cache outside the clone (n8n, the Node.js it runs on, Copilot's SDK), so that later
// runs and fresh clones reuse what was installed. Each install goes to a temporary folder that is
// renamed into place only when complete: an interrupted install is never mistaken for a working one.
// A lock file beside the target makes a second process wait for an install under way (the warm-up
// started by `npm test` installs while the first suites run) instead of installing it again.
const { existsSync, mkdirSync, openSync, closeSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { homedir } = require('node:os');
const { join } = require('node:path');

function cacheDir() {
	return process.env.N8N_NODES_COPILOT_CACHE || join(homedir(), '.cache', 'n8n-nodes-copilot');
}

const COMPLETE = '.complete';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
}

/**
 * Takes `lock` for this process, or says which live process holds it. A lock whose process died is
 * taken over.
 */
function tryLock(lock) {
	try {
		const fd = openSync(lock, 'wx');
		writeFileSync(fd, String(process.pid));
		closeSync(fd);
		return { taken: true };
	} catch (error) {
		if (error.code !== 'EEXIST') throw error;
		const holder = Number(readFileSync(lock, 'utf8')) || 0;
		if (holder !== process.pid && isAlive(holder)) return { taken: false, holder };
		rmSync(lock, { force: true });
		return tryLock(lock);
	}
}

/** Installs under way in this process, by target: a second caller here shares the first's. */
const underWay = new Map();

/** `target`, after `install(into)` has filled a temporary folder that then became `target`, once. */
function installOnce(target, install) {
	if (!underWay.has(target)) {
		underWay.set(
			target,
			installAcrossProcesses(target, install).finally(() => underWay.delete(target)),
		);
	}
	return underWay.get(target);
}

async function installAcrossProcesses(target, install) {
	mkdirSync(join(target, '..'), { recursive: true });
	const lock = `${target}.lock`;
	for (let said = false; ; said = true) {
		if (existsSync(join(target, COMPLETE))) return target;
		const { taken, holder } = tryLock(lock);
		if (taken) break;
		if (!said) console.log(`Waiting for process ${holder} to finish installing ${target}`);
		await sleep(1000);
	}
	try {
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
	} finally {
		rmSync(lock, { force: true });
	}
}

module.exports = { cacheDir, installOnce, isAlive, tryLock };
