// What a user does in n8n's editor, step by step, for the browser suite: one function per gesture,
// found by n8n's own data-test-id attributes or by the text a user reads.

const { expect } = require('@jest/globals');

const NODE_ITEM = '[data-test-id="node-creator-action-item"]';

// n8n 1.x's editor differs from 2.x's in a few gestures (adding an option, making a credential,
// closing a node, publishing, executing a step, importing); the helpers below take the 1.x way for a
// page marked with useEditorOf.
const PAGES_ON_N8N_1 = new WeakSet();

/** Marks `page` as showing n8n@`version`'s editor. */
function useEditorOf(page, version) {
	if (version.startsWith('1.')) PAGES_ON_N8N_1.add(page);
}

function isV1(page) {
	return PAGES_ON_N8N_1.has(page);
}

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

/** Adds the collection option `option` to the open node: 2.x has an "Add option" button, 1.x a select. */
async function addCollectionOption(page, option) {
	const add = isV1(page) ? ndv(page).getByPlaceholder('Add option') : ndv(page).locator('[data-test-id="collection-parameter-add"]');
	await add.click();
	await page.locator('[data-test-id="collection-parameter-option"]:visible', { hasText: option }).first().click();
}

/** Starts a new credential from the open node (2.x: "Connect to Copilot"; 1.x: the credential select's "Create new credential"); returns its dialog. */
async function createCredentialFromNode(page) {
	if (isV1(page)) {
		await ndv(page).locator('[data-test-id="node-credentials-select"]').click();
		await page.locator('[data-test-id="node-credentials-select-item-new"]:visible').click();
	} else {
		await ndv(page).getByText('Connect to Copilot').click();
	}
	const modal = page.locator('[data-test-id="editCredential-modal"]');
	await modal.waitFor();
	return modal;
}

/**
 * What n8n says when Copilot refuses the key in a credential test. n8n 1.x's NodeApiError drops the
 * HTTP response it wraps (its `cause`), so 1.x's credential tester never reaches the credential's
 * responseCode rules and shows its own text for a 401; 2.x shows the rule's message.
 */
function credentialRefusalText(page) {
	return isV1(page) ? 'Authorization failed - please check your credentials' : 'Copilot refused the API key (401): copy it again from Copilot > Settings > API, or for a custom app’s key check its Workspace ID and Key Type';
}

/**
 * Saves the credential dialog once its test passes and leaves it open on the test's verdict: 2.x
 * closes a credential made from a node by itself once it passes, so it is opened again; 1.x keeps it open.
 */
async function saveCredentialShowingVerdict(page, modal) {
	await modal.locator('[data-test-id="credential-save-button"]').click();
	if (isV1(page)) return;
	await modal.waitFor({ state: 'hidden' });
	await ndv(page).locator('[data-test-id="credential-edit-button"]').click();
	await modal.waitFor();
}

/** Shows the node's Test and Production URLs, which n8n keeps collapsed. */
async function showWebhookUrls(page) {
	const toggle = ndv(page).getByText('Webhook URLs', { exact: true });
	await toggle.click();
	await ndv(page).getByText('Test URL', { exact: true }).waitFor();
}

/**
 * The name of the credential the open node uses, as its picker shows it once it shows `expected`, or
 * after 5 s: right after a node gets its credential, n8n may show the credential's id for a moment.
 */
async function selectedCredential(page, expected) {
	const picker = ndv(page).locator('[data-test-id="node-credentials-select"]');
	const shown = async () => {
		const input = picker.locator('input').first();
		const value = (await input.count()) ? await input.inputValue() : '';
		return value || (await picker.innerText()).trim();
	};
	const deadline = Date.now() + 5_000;
	let name = await shown();
	while (name !== expected && Date.now() < deadline) {
		await page.waitForTimeout(100);
		name = await shown();
	}
	return name;
}

/** Clicks the node's own listen button ("Execute step" in 2.x and in 1.123) and waits until n8n listens. */
async function listenForTestEvent(page) {
	await ndv(page).locator('[data-test-id="node-execute-button"]').first().click();
	await ndv(page).getByText(/Listening for test event/i).first().waitFor();
}

function outputPanel(page) {
	return ndv(page).locator('[data-test-id="output-panel"]');
}

/**
 * Drags the node panel's handle (the grip at the top of its parameters) about `pixels` to the left,
 * which widens the output panel by as much; a negative number drags it back. Answers how far the panel
 * really moved (the editor stops it at its edge), to drag it back by that.
 */
async function dragParametersPanel(page, pixels) {
	const handle = ndv(page).locator('[data-test-id="panel-drag-button"]').first();
	const start = (await handle.boundingBox()).x;
	// The editor moves the panel by less than the mouse near its edges: correct once more.
	for (let attempt = 0; attempt < 2; attempt++) {
		const box = await handle.boundingBox();
		const remaining = pixels - (start - box.x);
		if (Math.abs(remaining) < 2) break;
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		await page.mouse.move(x, y);
		await page.mouse.down();
		// In steps, as a hand moves: the editor follows mouse moves, not a jump.
		await page.mouse.move(x - remaining, y, { steps: 10 });
		await page.mouse.up();
	}
	return start - (await handle.boundingBox()).x;
}

/** The column names of the table a panel shows, left to right. */
async function tableHeaders(panel) {
	const table = panel.locator('table').first();
	await table.waitFor();
	return (await table.locator('th').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
}

/** Publishes the open workflow through 2.x's Publish button and its dialog, or activates it with 1.x's Active switch. */
async function publishWorkflow(page) {
	if (isV1(page)) return await activateWorkflow(page);
	await page.locator('[data-test-id="workflow-open-publish-modal-button"]').click();
	const publish = page.locator('[data-test-id="workflow-publish-button"]');
	await publish.click();
	await page.getByText('Workflow published', { exact: true }).waitFor();
	await page.getByRole('button', { name: 'Got it' }).click();
	await page.getByText('Workflow published', { exact: true }).waitFor({ state: 'hidden' });
}

async function activateWorkflow(page) {
	await page.locator('[data-test-id="workflow-activate-switch"]').click();
	await page.getByText('Workflow activated', { exact: true }).first().waitFor();
	await page.getByRole('button', { name: 'Got it' }).first().click();
	await expect(page.locator('[data-test-id="workflow-activator-status"]').innerText()).resolves.toBe('Active');
	// 1.x then opens its "Production Checklist" popover over the header's Editor/Executions tabs.
	const checklist = page.getByText('Production Checklist', { exact: true });
	await checklist.waitFor({ timeout: 5_000 }).catch(() => {});
	if (await checklist.isVisible()) await page.keyboard.press('Escape');
	await checklist.waitFor({ state: 'hidden' });
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
	if (isV1(page)) return await executeWorkflowFromCanvas(page, whileListening);
	await ndv(page).locator('[data-test-id="node-execute-button"]').first().click();
	const listening = page.getByText(/Listening for test event|Waiting for you to create an event/i).first();
	const ran = outputPanel(page).locator('[data-test-id="radio-button-json"]');
	await Promise.race([listening.waitFor(), ran.waitFor()]);
	if (await listening.isVisible()) await whileListening();
	await ran.waitFor();
}

/**
 * 1.x's way to the same result: its Execute step runs the node on its trigger's last test run, here the
 * refused event (no items), instead of listening for a new one; the canvas's Execute workflow listens
 * for a new event and runs the whole workflow, then the node's panel shows its output.
 */
async function executeWorkflowFromCanvas(page, whileListening) {
	const name = (await ndv(page).locator('[data-test-id="node-title-container"] [data-test-id="inline-edit-preview"]').innerText()).trim();
	await closeNdv(page);
	await page.locator('[data-test-id="execute-workflow-button"]').click();
	const waiting = page.getByText('Waiting for trigger event', { exact: true });
	await waiting.waitFor();
	await whileListening();
	await waiting.waitFor({ state: 'hidden' });
	await openNode(page, name);
	await outputPanel(page).locator('[data-test-id="radio-button-json"]').waitFor();
}

/** Imports a workflow file into the open, empty workflow through its menu: Import > From File... (1.x: Import from File...) */
async function importWorkflowFile(page, file) {
	await page.locator('[data-test-id="workflow-menu"]').click();
	if (!isV1(page)) await page.getByText('Import', { exact: true }).hover();
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

/** Closes the node details view: 2.x's close button, 1.x's "Back to canvas". */
async function closeNdv(page) {
	await page.locator(isV1(page) ? '[data-test-id="back-to-canvas"]' : '[data-test-id="ndv-close-button"]').click();
	await ndv(page).waitFor({ state: 'hidden' });
}

module.exports = {
	addCollectionOption,
	addNodeAfter,
	canvasNodeNames,
	closeDialog,
	closeNdv,
	createCredentialFromNode,
	credentialRefusalText,
	dragParametersPanel,
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
	saveCredentialShowingVerdict,
	searchNodes,
	selectedCredential,
	showWebhookUrls,
	signUpOwner,
	tableHeaders,
	useEditorOf,
};
