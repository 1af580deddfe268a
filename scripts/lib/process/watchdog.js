// Runs a command (n8n, Redis) and ends its whole process group as soon as the process that started it is
// gone, however that process ended: killed, crashed, or a test runner whose `process` is sandboxed.
const { spawn } = require('node:child_process');

const [parentPid, command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: 'inherit' });

// Signals sent to the group reach the command directly; forwarding them would make the command see each twice.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});

const orphaned = () => {
	try {
		process.kill(Number(parentPid), 0);
		return false;
	} catch {
		return true;
	}
};
const watch = setInterval(() => {
	if (orphaned()) process.kill(-process.pid, 'SIGKILL');
}, 1000);

child.on('exit', (code, signal) => {
	clearInterval(watch);
	process.exit(code ?? (signal ? 128 : 1));
});
