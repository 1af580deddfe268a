// Installs what the test servers need from Debian's packages, when this runs as root on a machine
// without them (as CI does); otherwise says which command to run.
const { execFileSync } = require('node:child_process');
const { userInfo } = require('node:os');

const isRoot = () => userInfo().uid === 0;

/** Installs Debian package `name` (`what` names it in messages), or throws the command to run. */
function installDebianPackage(name, what) {
	if (!isRoot()) {
		throw new Error(`${what} is not installed: run \`sudo apt-get install -y ${name}\` (Debian/Ubuntu) and try again.`);
	}
	console.log(`Installing ${what} from Debian packages`);
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', name], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}

/** `find()`'s answer, installing Debian package `name` first if it finds nothing. */
function findOrInstall(find, name, what) {
	const found = find();
	if (found) return found;
	installDebianPackage(name, what);
	const installed = find();
	if (!installed) throw new Error(`apt-get installed ${name}, but ${what} is still not where it was looked for`);
	return installed;
}

module.exports = { findOrInstall, isRoot };
