// What a user does in n8n's editor, step by step, for the browser suite: one function per gesture,
// found by n8n's own data-test-id attributes or by the text a user reads.

const { expect } = require('@jest/globals');

const NODE_ITEM = '[data-test-id="node-creator-action-item"]';

/** Signs up the instance owner through n8n's set-up page. */
async function signUpOwner(page, baseUrl, owner) {
	await page.goto(`${baseUrl}/setup`);
	for (const field of ['email', 'firstName', 'lastName', 'password']) await page.locator(`input[name="${field}"]`).fill(owner[field]);
	await page.getByRole('button', { name: 'Next' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/setup'));
}

/** Opens a new, empty workflow and waits for its canvas. */
async function newWorkflow(page, baseUrl) {
	await page.goto(`${baseUrl}/workflow/new`);
	await page.locator('[data-test-id="canvas-plus-button"]').first().waitFor({ state: 'visible' });
	// The canvas answers clicks only once it has laid itself out.
	await page.waitForTimeout(800);
}

/** Searches the nodes panel (opened by `open`) for `text`; returns the node entry named `name`. */
async function searchNodes(page, open, text, name) {
	await open();
	const search = page.locator('input[data-test-id="node-creator-search-bar"]');
	await search.waitFor();
	await search.pressSequentially(text, { delay: 20 });
	const entry = page.locator(NODE_ITEM).filter({ has: page.locator('[data-test-id="node-creator-item-name"]', { hasText: new RegExp(`^${name}$`) }) }).first();
	await entry.waitFor();
	return entry;
}

/** The icon an entry shows, as the browser loaded it. */
async function iconOf(entry) {
	const image = entry.locator('img').first();
	await image.waitFor();
	await image.evaluate((element) => (element.complete ? null : new Promise((resolve) => element.addEventListener('load', resolve, { once: true }))));
	return { src: await image.getAttribute('src'), naturalWidth: await image.evaluate((element) => element.naturalWidth) };
}

/** The node details view, once open. */
function ndv(page) {
	return page.locator('[data-test-id="ndv"]');
}

function parameter(page, name) {
	return ndv(page).locator(`[data-test-id="parameter-input-${name}"]`);
}

/** Shows the node's Test and Production URLs, which n8n keeps collapsed. */
async function showWebhookUrls(page) {
	const toggle = ndv(page).getByText('Webhook URLs', { exact: true });
	await toggle.click();
	await ndv(page).getByText('Test URL', { exact: true }).waitFor();
}

/** The name of the credential the open node uses, as its picker shows it. */
async function selectedCredential(page) {
	const picker = ndv(page).locator('[data-test-id="node-credentials-select"]');
	const input = picker.locator('input').first();
	const value = (await input.count()) ? await input.inputValue() : '';
	return value || (await picker.innerText()).trim();
}

/** Clicks the node's own listen button ("Execute step" in 2.x, "Test this trigger"/"Listen for test event" in 1.x) and waits until n8n listens. */
async function listenForTestEvent(page) {
	await ndv(page).locator('[data-test-id="node-execute-button"]').first().click();
	await ndv(page).getByText(/Listening for test event/i).first().waitFor();
}

function outputPanel(page) {
	return ndv(page).locator('[data-test-id="output-panel"]');
}

/** The column names of the table a panel shows, left to right. */
async function tableHeaders(panel) {
	const table = panel.locator('table').first();
	await table.waitFor();
	return (await table.locator('th').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
}

/** Publishes (activates) the open workflow through the Publish button and its dialog. */
async function publishWorkflow(page) {
	await page.locator('[data-test-id="workflow-open-publish-modal-button"]').click();
	const publish = page.locator('[data-test-id="workflow-publish-button"]');
	await publish.click();
	await page.getByText('Workflow published', { exact: true }).waitFor();
	await page.getByRole('button', { name: 'Got it' }).click();
	await page.getByText('Workflow published', { exact: true }).waitFor({ state: 'hidden' });
}

/** Closes n8n's notifications, so that they neither cover what a screenshot shows nor pile up. */
async function dismissNotifications(page) {
	for (const close of await page.locator('.el-notification__closeBtn:visible').all()) await close.click().catch(() => {});
	await page.locator('.el-notification:visible').first().waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => {});
}

/** Opens the workflow's Executions tab; returns its list's entries. */
async function openExecutionsList(page) {
	await page.locator('[data-test-id="radio-button-executions"]').click();
	return page.locator('[data-test-id^="execution-details-"]');
}

/** Adds a node after the one node with an open output: searches `search`, opens the entry `nodeName`, picks its action `action`. */
async function addNodeAfter(page, search, nodeName, action) {
	const entry = await searchNodes(page, () => page.locator('[data-test-id="canvas-handle-plus"]').first().click(), search, nodeName);
	await entry.click();
	await page.locator('[data-test-id="node-creator-item-name"]', { hasText: new RegExp(`^${action}$`) }).first().click();
}

/** Picks `text` in a resource locator's "From list" dropdown. */
async function pickFromList(page, name, text) {
	const locator = ndv(page).locator(`[data-test-id="resource-locator-${name}"]`);
	await locator.locator('[data-test-id="rlc-input"]').click();
	await page.locator('[data-test-id="rlc-item"]', { hasText: text }).first().click();
	await expect(locator.locator('[data-test-id="rlc-input"]').inputValue()).resolves.toContain(text);
}

/** Clicks the node's Execute step; if n8n first listens for its trigger's event, `whileListening` sends one. */
async function executeStep(page, whileListening) {
	await ndv(page).locator('[data-test-id="node-execute-button"]').first().click();
	const listening = page.getByText(/Listening for test event|Waiting for you to create an event/i).first();
	const ran = outputPanel(page).locator('[data-test-id="radio-button-json"]');
	await Promise.race([listening.waitFor(), ran.waitFor()]);
	if (await listening.isVisible()) await whileListening();
	await ran.waitFor();
}

/** Imports a workflow file into the open, empty workflow through its menu: Import > From File... */
async function importWorkflowFile(page, file) {
	await page.locator('[data-test-id="workflow-menu"]').click();
	await page.getByText('Import', { exact: true }).hover();
	const [chooser] = await Promise.all([
		page.waitForEvent('filechooser'),
		page.locator('[data-test-id="workflow-menu-item-import-from-file"]').click(),
	]);
	await chooser.setFiles(file);
}

/** Opens a canvas node's details by double-clicking it, as a user does. */
async function openNode(page, name) {
	await page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"]`).dblclick();
	await ndv(page).waitFor();
}

/** The names of the nodes on the canvas. */
async function canvasNodeNames(page) {
	return await page.locator('[data-test-id="canvas-node"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-name')));
}

/** Closes a dialog with its own close button (Escape would close the node panel behind it too). */
async function closeDialog(dialog) {
	await dialog.locator('.el-dialog__headerbtn, button[aria-label*="close" i]').first().click();
	await dialog.waitFor({ state: 'hidden' });
}

async function closeNdv(page) {
	await page.locator('[data-test-id="ndv-close-button"]').click();
	await ndv(page).waitFor({ state: 'hidden' });
}

module.exports = {
	addNodeAfter,
	canvasNodeNames,
	closeDialog,
	closeNdv,
	dismissNotifications,
	executeStep,
	iconOf,
	importWorkflowFile,
	listenForTestEvent,
	ndv,
	newWorkflow,
	openNode,
	openExecutionsList,
	outputPanel,
	parameter,
	pickFromList,
	publishWorkflow,
	searchNodes,
	selectedCredential,
	showWebhookUrls,
	signUpOwner,
	tableHeaders,
};
