// Where the browser suite's screenshots go: docs/images with `npm run screenshots` (SCREENSHOTS=1),
// a temporary folder otherwise, so that `npm test` leaves the tree as it was.
const { mkdirSync, mkdtempSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { dismissNotifications } = require('./editor');

const DOCS_IMAGES = join(__dirname, '..', '..', 'docs', 'images');

function screenshotFolder() {
	if (process.env.SCREENSHOTS === '1') {
		mkdirSync(DOCS_IMAGES, { recursive: true });
		return DOCS_IMAGES;
	}
	return mkdtempSync(join(tmpdir(), 'copilot-ui-screenshots-'));
}

/** Takes a 1280×800 PNG of the page (or of `clip`), checks it was written, returns its path. */
async function screenshot(page, folder, name, options = {}) {
	const path = join(folder, `${name}.png`);
	await dismissNotifications(page);
	// Finished transitions: a picture shows where the page settles, not a fading overlay.
	await page.screenshot({ path, animations: 'disabled', ...options });
	if (statSync(path).size < 5_000) throw new Error(`${path} is suspiciously small`);
	return path;
}

module.exports = { screenshot, screenshotFolder };
