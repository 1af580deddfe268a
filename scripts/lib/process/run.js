const { spawn } = require('node:child_process');

/**
 * Runs a command to completion, streaming its output with a prefix, and prints a heartbeat while it
 * is silent so a long install never looks hung. Rejects with the output's tail on failure.
 */
function run(command, args, { cwd, env = process.env, label = command, heartbeatSeconds = 20 } = {}) {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let tail = '';
		const relay = (chunk) => {
			const text = chunk.toString();
			tail = (tail + text).slice(-4000);
			for (const line of text.split('\n')) if (line.trim()) process.stdout.write(`  [${label}] ${line}\n`);
		};
		child.stdout.on('data', relay);
		child.stderr.on('data', relay);
		const heartbeat = setInterval(() => {
			process.stdout.write(`  [${label}] still working, ${Math.round((Date.now() - started) / 1000)} s\n`);
		}, heartbeatSeconds * 1000);
		child.on('error', (error) => {
			clearInterval(heartbeat);
			reject(error);
		});
		child.on('close', (code) => {
			clearInterval(heartbeat);
			if (code === 0) resolve({ seconds: (Date.now() - started) / 1000 });
			else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${tail}`));
		});
	});
}

module.exports = { run };
