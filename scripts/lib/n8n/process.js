// Starts and stops a real n8n on loopback with its own user folder.
const { execFile } = require('node:child_process');
const { createWriteStream, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const { freePort } = require('../http/free-port');
const { spawnGuarded } = require('../process/guarded-spawn');
const { groupCpuSeconds } = require('../process/cpu');

/** What each n8n command prints once it serves (nodes are loaded by then; /healthz answers earlier). */
const READY_LINES = {
	start: 'Editor is now accessible',
	webhook: 'Webhook listener waiting for requests',
	worker: 'n8n worker is now ready',
};

/** The settings that keep n8n quiet, local and off the internet. */
function n8nEnv(runtime, { userFolder, port, brokerPort, logLevel = 'info', extra = {} }) {
	const env = {
		...runtime.env,
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_SECURE_COOKIE: 'false',
		N8N_LOG_LEVEL: logLevel,
		N8N_LOG_OUTPUT: 'console',
		// This package is not verified by n8n, which loads it from the user folder where the suites install
		// it. n8n 2.x announces that this variable's default becomes false, and n8n 3 then stops loading
		// unverified packages; set as the README tells users to, a changed default cannot break a run.
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		...extra,
	};
	// A test runner's NODE_ENV=test makes n8n exit at start-up.
	delete env.NODE_ENV;
	// 2.x looks up an MCP registry on the internet unless told not to; 1.x refuses to start with it.
	if (!runtime.version.startsWith('1.')) env.N8N_DISABLED_MODULES = 'mcp-registry';
	return env;
}

/** Runs an n8n CLI command (such as import:workflow) against a user folder, to completion. */
function n8nCommand(runtime, args, options) {
	return new Promise((resolve, reject) => {
		execFile(
			join(runtime.nodeBin, 'node'),
			[runtime.n8nBin, ...args],
			{ env: n8nEnv(runtime, options), maxBuffer: 16 * 1024 * 1024 },
			(error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve(stdout)),
		);
	});
}

/**
 * Starts `n8n start` (or, in queue mode, `n8n webhook` or `n8n worker`: `command` and `args`) and
 * resolves once it serves; `nodeArgs` go to Node.js itself (such as `--cpu-prof`). n8n runs under a watchdog in a process group of its own, so that stop()
 * also ends its task runners and nothing outlives this process.
 */
async function startN8n(
	runtime,
	{ command = 'start', args = [], nodeArgs = [], userFolder, port, brokerPort, logLevel, extra, echo = false, readySeconds = 180 },
) {
	mkdirSync(userFolder, { recursive: true });
	port ??= await freePort();
	brokerPort ??= await freePort();
	const readyLine = READY_LINES[command];
	const logFile = join(userFolder, `n8n-${command}-${Date.now()}.log`);
	const log = createWriteStream(logFile);
	const { child, exit, exited, signalGroup } = spawnGuarded(join(runtime.nodeBin, 'node'), [...nodeArgs, runtime.n8nBin, command, ...args], {
		env: n8nEnv(runtime, { userFolder, port, brokerPort, logLevel, extra }),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const ready = new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`n8n@${runtime.version} ${command} was not ready after ${readySeconds} s:\n${output.slice(-3000)}`)),
			readySeconds * 1000,
		);
		const onData = (chunk) => {
			const text = chunk.toString();
			output = (output + text).slice(-200_000);
			log.write(chunk);
			if (echo) process.stdout.write(chunk);
			if (output.includes(readyLine)) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		void exit.then(({ code, signal }) => {
			clearTimeout(timer);
			reject(new Error(`n8n@${runtime.version} ${command} exited (${code ?? signal}) before it was ready:\n${output.slice(-3000)}`));
		});
	});

	/** SIGKILLs the whole group at once: a crash, with no graceful shutdown. */
	const kill = async () => {
		signalGroup('SIGKILL');
		await exit;
		log.end();
	};
	const stop = async (graceSeconds = 30) => {
		signalGroup('SIGTERM');
		const killer = setTimeout(() => signalGroup('SIGKILL'), graceSeconds * 1000);
		await exit;
		clearTimeout(killer);
		log.end();
	};

	try {
		await ready;
	} catch (error) {
		await stop(5);
		throw error;
	}
	return {
		version: runtime.version,
		port,
		baseUrl: `http://127.0.0.1:${port}`,
		logFile,
		output: () => output,
		exited,
		waitForExit: () => exit,
		/** CPU seconds n8n and its task runners have used so far. */
		cpuSeconds: () => groupCpuSeconds(child.pid),
		kill,
		stop,
	};
}

module.exports = { n8nCommand, startN8n };
