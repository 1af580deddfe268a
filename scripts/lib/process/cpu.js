// CPU time of a process group, read from Linux's /proc: how the benchmarks and the queue-mode test
// tell what each n8n process spent per event.
const { execFileSync } = require('node:child_process');
const { readdirSync, readFileSync } = require('node:fs');

let clockTicks;

/** CPU seconds (user + system) used so far by the live processes of process group `groupId`. */
function groupCpuSeconds(groupId) {
	clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
	let ticks = 0;
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let stat;
		try {
			stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
		} catch {
			continue; // Ended while we looked.
		}
		// Fields after the command name: state, ppid, pgrp, ... utime (12th), stime (13th).
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (Number(fields[2]) === groupId) ticks += Number(fields[11]) + Number(fields[12]);
	}
	return ticks / clockTicks;
}

module.exports = { groupCpuSeconds };
