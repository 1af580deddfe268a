// Where the browser suite's screenshots go: docs/images with `npm run screenshots` (SCREENSHOTS=1),
// a temporary folder otherwise, so that `npm test` leaves the tree as it was. Only the editor of
// DEFAULT_N8N_VERSION (2.x) is pictured in the docs; other versions' pictures stay temporary.
const { mkdirSync, mkdtempSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { DEFAULT_N8N_VERSION } = require('../../scripts/lib/n8n/versions');
const { dismissNotifications } = require('./editor');

const DOCS_IMAGES = join(__dirname, '..', '..', 'docs', 'images');

/** Whether this run's screenshots of n8n@`version` are the ones in docs/images. */
function picturesDocs(version) {
	return process.env.SCREENSHOTS === '1' && version === DEFAULT_N8N_VERSION;
}

function screenshotFolder(version) {
	if (picturesDocs(version)) {
		mkdirSync(DOCS_IMAGES, { recursive: true });
		return DOCS_IMAGES;
	}
	return mkdtempSync(join(tmpdir(), `copilot-ui-screenshots-${version}-`));
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

module.exports = { picturesDocs, screenshot, screenshotFolder };
