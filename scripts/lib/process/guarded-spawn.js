// Starts a long-running command (n8n, Redis) under watchdog.js, in a process group of its own, so
// that signalling the group reaches everything it started and nothing outlives this process.
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const WATCHDOG = join(__dirname, 'watchdog.js');

/**
 * Spawns `command` with `args` under the watchdog. Returns the watchdog's `child`, `exit` (resolves
 * with `{ code, signal }`), `exited()`, and `signalGroup(signal)`, which does nothing once it exited.
 */
function spawnGuarded(command, args, options) {
	const child = spawn(process.execPath, [WATCHDOG, String(process.pid), command, ...args], { ...options, detached: true });
	let exited = false;
	const exit = new Promise((resolve) =>
		child.on('exit', (code, signal) => {
			exited = true;
			resolve({ code, signal });
		}),
	);
	const signalGroup = (signal) => {
		if (exited) return;
		try {
			process.kill(-child.pid, signal);
		} catch {
			// The group is already gone.
		}
	};
	return { child, exit, exited: () => exited, signalGroup };
}

module.exports = { spawnGuarded };
