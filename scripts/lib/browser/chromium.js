// A headless Chromium for the browser tests: Debian's package (installed with apt-get when missing,
// as root), or CHROMIUM_PATH (such as Google Chrome on GitHub's runners), driven by playwright-core.
// Nothing is downloaded at install time.
const { existsSync } = require('node:fs');

const { chromium } = require('playwright-core');

const { findOrInstall } = require('../services/debian');

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

// Without the background-networking switches Chromium keeps reaching for Google's hosts, which a
// closed network refuses; --no-sandbox because the tests may run as root.
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

function chromiumPath() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return findOrInstall(() => existsSync(DEBIAN_CHROMIUM) && DEBIAN_CHROMIUM, 'chromium', 'Chromium');
}

/** A headless browser; close() it when done. */
function launchBrowser() {
	return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ARGS });
}

/** What the browser suite needs from Debian, and whether it is there: for the warm-up that installs ahead. */
const CHROMIUM_PACKAGE = { name: 'chromium', installed: () => Boolean(process.env.CHROMIUM_PATH) || existsSync(DEBIAN_CHROMIUM) };

module.exports = { CHROMIUM_PACKAGE, launchBrowser };
