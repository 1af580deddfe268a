// A throw-away Redis server on loopback, from Debian's packages, for n8n's queue mode.
const { execFileSync, spawn } = require('node:child_process');
const { existsSync, mkdtempSync, rmSync } = require('node:fs');
const { connect } = require('node:net');
const { tmpdir, userInfo } = require('node:os');
const { join } = require('node:path');

const { freePort } = require('./n8n-process');

const REDIS_SERVER = '/usr/bin/redis-server';

function redisServer() {
	if (existsSync(REDIS_SERVER)) return REDIS_SERVER;
	if (userInfo().uid !== 0) {
		throw new Error('Redis is not installed: run `sudo apt-get install -y redis-server` (Debian/Ubuntu) and try again.');
	}
	console.log('Installing Redis from Debian packages');
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server'], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	return REDIS_SERVER;
}

/** Resolves once Redis answers PING on the port. */
async function waitForPong(port, timeoutMs = 20_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const answer = await new Promise((resolve) => {
			const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
			socket.on('data', (data) => {
				socket.destroy();
				resolve(data.toString());
			});
			socket.on('error', () => resolve(''));
		});
		if (answer.startsWith('+PONG')) return;
		if (Date.now() > deadline) throw new Error(`Redis did not answer on port ${port} after ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/**
 * Starts redis-server on a free loopback port, in memory only, under the watchdog that ends it
 * with this process.
 */
async function startRedis() {
	const server = redisServer();
	const port = await freePort();
	const dir = mkdtempSync(join(tmpdir(), 'copilot-redis-'));
	const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
	const child = spawn(process.execPath, [join(__dirname, 'watchdog.js'), String(process.pid), server, ...args], {
		stdio: 'ignore',
		detached: true,
	});
	const exit = new Promise((resolve) => child.on('exit', resolve));
	await waitForPong(port);
	return {
		port,
		/** The environment that points n8n's queue at this server. */
		n8nEnv: { QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(port) },
		async stop() {
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				// Already gone.
			}
			await exit;
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

module.exports = { startRedis };
