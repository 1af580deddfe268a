// A throw-away PostgreSQL server on loopback, from Debian's packages, for n8n runs that must not
// lose executions under load (n8n's SQLite times out under concurrent writes).
const { execFileSync, spawnSync } = require('node:child_process');
const { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { findOrInstall, isRoot } = require('./debian');
const { freePort } = require('../http/free-port');

/** The newest installed PostgreSQL's bin folder, or undefined. */
function installedBinDir() {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
	return versions.map((version) => join(root, version, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
}

/** PostgreSQL refuses to run as root; as root, run it as the package's postgres user. */
function asPostgres(binDir, command, args) {
	const [file, fullArgs] = isRoot()
		? ['runuser', ['-u', 'postgres', '--', join(binDir, command), ...args]]
		: [join(binDir, command), args];
	const result = spawnSync(file, fullArgs, { encoding: 'utf8', cwd: tmpdir() });
	if (result.status !== 0) {
		throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`);
	}
	return result.stdout;
}

async function startPostgres() {
	const binDir = findOrInstall(installedBinDir, 'postgresql', 'PostgreSQL');
	const port = await freePort();
	const dataDir = mkdtempSync(join(tmpdir(), 'copilot-postgres-'));
	if (isRoot()) {
		const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
		chownSync(dataDir, id('-u'), id('-g'));
	}
	asPostgres(binDir, 'initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
	// fsync is off: these runs restart n8n, never the database, and nothing here must survive a crash.
	asPostgres(binDir, 'pg_ctl', [
		'-D',
		dataDir,
		'-w',
		'-l',
		join(dataDir, 'server.log'),
		'-o',
		`-p ${port} -h 127.0.0.1 -k ${dataDir} -c fsync=off -c max_connections=200`,
		'start',
	]);
	asPostgres(binDir, 'psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-c', 'CREATE DATABASE n8n']);
	return {
		port,
		/** The environment that points n8n at this server. */
		n8nEnv: {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(port),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'postgres',
			DB_POSTGRESDB_PASSWORD: 'unused-with-trust-auth',
		},
		stop() {
			try {
				asPostgres(binDir, 'pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
			} finally {
				rmSync(dataDir, { recursive: true, force: true });
			}
		},
	};
}

/** What the test needs from Debian, and whether it is there: for the warm-up that installs ahead. */
const POSTGRES_PACKAGE = { name: 'postgresql', installed: () => Boolean(installedBinDir()) };

module.exports = { POSTGRES_PACKAGE, startPostgres };
