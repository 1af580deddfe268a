// The project's cache outside the clone (n8n, the Node.js it runs on, Copilot's SDK), so that later
// runs and fresh clones reuse what was installed. Each install goes to a temporary folder that is
// renamed into place only when complete: an interrupted install is never mistaken for a working one.
const { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { homedir } = require('node:os');
const { join } = require('node:path');

function cacheDir() {
	return process.env.N8N_NODES_COPILOT_CACHE || join(homedir(), '.cache', 'n8n-nodes-copilot');
}

const COMPLETE = '.complete';

/** `target`, after `install(into)` has filled a temporary folder that then became `target`, once. */
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

module.exports = { cacheDir, installOnce };
