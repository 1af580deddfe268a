// A throw-away Redis server on loopback, from Debian's packages, for n8n's queue mode.
const { existsSync, mkdtempSync, rmSync } = require('node:fs');
const { connect } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { findOrInstall } = require('./debian');
const { freePort } = require('../http/free-port');
const { spawnGuarded } = require('../process/guarded-spawn');

const REDIS_SERVER = '/usr/bin/redis-server';

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
	const server = findOrInstall(() => existsSync(REDIS_SERVER) && REDIS_SERVER, 'redis-server', 'Redis');
	const port = await freePort();
	const dir = mkdtempSync(join(tmpdir(), 'copilot-redis-'));
	const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
	const redis = spawnGuarded(server, args, { stdio: 'ignore' });
	await waitForPong(port);
	return {
		port,
		/** The environment that points n8n's queue at this server. */
		n8nEnv: { QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(port) },
		async stop() {
			redis.signalGroup('SIGTERM');
			await redis.exit;
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** What the test needs from Debian, and whether it is there: for the warm-up that installs ahead. */
const REDIS_PACKAGE = { name: 'redis-server', installed: () => existsSync(REDIS_SERVER) };

module.exports = { REDIS_PACKAGE, startRedis };
