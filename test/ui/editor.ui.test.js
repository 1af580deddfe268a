// What an n8n user sees, in a real browser: the nodes panel, the Copilot Trigger with its notice,
// URLs and credential, a test event and a refused one, publishing, and the Copilot node picking a
// client from the list; and what a client sees of a custom app served by the Copilot App Trigger,
// framed by a fake Copilot portal on another loopback address. Headless Chromium (Debian's) driven
// by playwright-core, against a real n8n with the packed package installed and the fake Copilot API
// as its Copilot: each n8n line the end-to-end suite proves (UI_N8N_VERSIONS=2.41.1 runs one).
const { execFile } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { promisify } = require('node:util');

const { launchBrowser } = require('../../scripts/lib/browser/chromium');
const { freePort } = require('../../scripts/lib/http/free-port');
const { connectWithSession, waitForWebhook } = require('../../scripts/lib/n8n/api');
const { installCommunityPackage, packPackage, ROOT } = require('../../scripts/lib/n8n/community-package');
const { startN8n } = require('../../scripts/lib/n8n/process');
const { ensureN8n } = require('../../scripts/lib/n8n/runtime');
const { E2E_N8N_VERSIONS } = require('../../scripts/lib/n8n/versions');
const { appTokenFor, startFakeCopilotApi, startFakePortal } = require('../fake-copilot-api');
const { customAppExample } = require('../e2e/app');
const {
	addCollectionOption,
	addNodeAfter,
	canvasNodeNames,
	closeDialog,
	closeNdv,
	createCredentialFromNode,
	credentialRefusalText,
	dragParametersPanel,
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
} = require('./editor');
const { picturesDocs, screenshot, screenshotFolder } = require('./screenshots');

const VERSIONS = process.env.UI_N8N_VERSIONS ? process.env.UI_N8N_VERSIONS.split(',') : E2E_N8N_VERSIONS;
const OWNER = { email: 'owner@example.com', firstName: 'Ada', lastName: 'Admin', password: 'Copilot-Trigger-1' };
const API_KEY = 'ui-copilot-api-key';
const APP_KEY = 'ui-custom-app-key';
const APP_WEBHOOK_ID = JSON.parse(readFileSync(join(ROOT, 'examples', 'copilot-custom-app.json'), 'utf8')).nodes[0].webhookId;
const SECRET = 'ui-signing-secret';

const run = promisify(execFile);

/** `npm run send-event`, as the README tells a user to run it. */
async function sendEvent(url, ...args) {
	const { stdout } = await run(process.execPath, [join(ROOT, 'scripts', 'send-event.js'), '--url', url, '--secret', SECRET, ...args]).catch(
		(error) => error,
	);
	return stdout.trim();
}

describe.each(VERSIONS)("What a user sees in n8n@%s's editor", (version) => {
	const ui = {};
	let page;

	beforeAll(async () => {
		ui.folder = screenshotFolder(version);
		ui.fake = await startFakeCopilotApi({ apiKey: API_KEY, appApiKey: APP_KEY, seed: 'demo' });
		const runtime = await ensureN8n(version);
		ui.userFolder = mkdtempSync(join(tmpdir(), `copilot-ui-${version}-`));
		installCommunityPackage(ui.userFolder, packPackage());
		// The portal frames the custom app, so it must know n8n's address first. n8n runs with a policy
		// that lets the portal frame it, to show that the policy reaches the editor's pages and not the
		// app's (test 9). JSON directives, which both lines read; 1.x refuses to start without default-src.
		const port = await freePort();
		ui.appUrl = `http://127.0.0.1:${port}/webhook/${APP_WEBHOOK_ID}/app`;
		ui.portal = await startFakePortal({ api: ui.fake, appUrl: ui.appUrl });
		const framing = JSON.stringify({
			'default-src': ['*', "'unsafe-inline'", "'unsafe-eval'", 'data:', 'blob:'],
			'frame-ancestors': ["'self'", ui.portal.url],
		});
		ui.n8n = await startN8n(runtime, { userFolder: ui.userFolder, port, extra: { N8N_CONTENT_SECURITY_POLICY: framing } });
		ui.browser = await launchBrowser();
		ui.context = await ui.browser.newContext({ viewport: { width: 1280, height: 800 } });
		page = await ui.context.newPage();
		useEditorOf(page, version);
		await signUpOwner(page, ui.n8n.baseUrl, OWNER);
	}, 15 * 60 * 1000);

	// What the page showed at the end of each step, kept beside the screenshots to look at when one fails.
	afterEach(async () => {
		if (picturesDocs(version)) return;
		const testName = expect.getState().currentTestName;
		const name = testName.slice(testName.search(/\d+\. /)).replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
		await page?.screenshot({ path: join(ui.folder, `after-${name}.png`) }).catch(() => {});
	});

	afterAll(async () => {
		await ui.browser?.close();
		await ui.n8n?.stop();
		await ui.portal?.stop();
		await ui.fake?.stop();
		if (ui.userFolder) rmSync(ui.userFolder, { recursive: true, force: true });
		if (!picturesDocs(version) && ui.folder && !process.env.UI_KEEP_SCREENSHOTS) rmSync(ui.folder, { recursive: true, force: true });
		else process.stdout.write(`Screenshots in ${ui.folder}\n`);
	}, 120_000);

	test('1. the nodes panel offers Copilot, with its icon, in the light and the dark theme', async () => {
		for (const theme of ['light', 'dark']) {
			await page.goto(ui.n8n.baseUrl);
			await page.evaluate((value) => localStorage.setItem('N8N_THEME', value), theme);
			await newWorkflow(page, ui.n8n.baseUrl);
			const entry = await searchNodes(page, () => page.locator('[data-test-id="canvas-plus-button"]').first().click(), 'Copilot', 'Copilot');
			const icon = await iconOf(entry);
			expect(icon.naturalWidth).toBeGreaterThan(0);
			expect(icon.src).toMatch(theme === 'dark' ? /copilot\.dark\.svg$/ : /copilot\.svg$/);
			await screenshot(page, ui.folder, `nodes-panel-${theme}`);
		}
		await page.evaluate(() => localStorage.setItem('N8N_THEME', 'light'));
	});

	test('2. the Copilot Trigger comes in through "On any event", with its set-up notice, event list and options', async () => {
		await newWorkflow(page, ui.n8n.baseUrl);
		const entry = await searchNodes(page, () => page.locator('[data-test-id="canvas-plus-button"]').first().click(), 'Copilot', 'Copilot');
		await entry.click();
		// n8n shows the trigger and the action node as one app, "Copilot", with both lists.
		await page.getByText(/^Triggers \(\d+\)$/).first().waitFor();
		await expect(page.getByText(/^Actions \(\d+\)$/).first().isVisible()).resolves.toBe(true);
		await page.getByText('On any event', { exact: true }).click();
		await ndv(page).waitFor();
		await expect(ndv(page).getByText(/^Connect Copilot by hand, once: open "Webhook URLs"/).isVisible()).resolves.toBe(true);
		await expect(parameter(page, 'events').innerText()).resolves.toContain('Any Event');

		await parameter(page, 'events').click();
		const options = page.locator('.el-select-dropdown__item:visible, [role="option"]:visible');
		await options.first().waitFor();
		const listed = await options.allInnerTexts();
		expect(listed.some((text) => text.includes('client.updated') && text.includes('A client’s details, status or custom fields changed'))).toBe(true);
		expect(listed.some((text) => text.includes('formResponse.completed'))).toBe(true);
		expect(listed.some((text) => text.includes('task.completed') && text.includes('or a completed task got another name'))).toBe(true);
		expect(listed.some((text) => text.includes('link.created'))).toBe(true);
		await page.keyboard.press('Escape');

		const added = [];
		for (const option of ['Custom Events', 'Ignore Unknown Changes', 'Only When Fields Changed', 'Respond', 'Split Out Changes']) {
			await addCollectionOption(page, option);
			added.push(await ndv(page).getByText(option, { exact: true }).first().isVisible());
		}
		expect(added).toEqual([true, true, true, true, true]);
	});

	test('3. a Copilot API credential made from the node: secrets masked, Copilot’s refusal shown, then a passing test', async () => {
		const modal = await createCredentialFromNode(page);
		const field = (name) => modal.locator(`[data-test-id="parameter-input-${name}"] input`);
		await expect(field('apiKey').getAttribute('type')).resolves.toBe('password');
		await expect(field('webhookSigningSecret').getAttribute('type')).resolves.toBe('password');
		await field('apiKey').fill('not-the-key');
		await field('webhookSigningSecret').fill(SECRET);
		await field('baseUrl').fill(ui.fake.url);
		await modal.locator('[data-test-id="credential-save-button"]').click();
		await modal.getByText(/Couldn.t connect with these settings/).waitFor();
		await modal.getByText('More details').click();
		await modal.getByText(credentialRefusalText(page)).waitFor();
		await screenshot(page, ui.folder, 'credential-refused');

		await field('apiKey').fill(API_KEY);
		await saveCredentialShowingVerdict(page, modal);
		await modal.locator('[data-test-id="credentials-config-container-test-success"]').getByText('Connection tested successfully').waitFor();
		await screenshot(page, ui.folder, 'credential-tested');
		await closeDialog(modal);
		await expect(selectedCredential(page, 'Copilot account')).resolves.toBe('Copilot account');
	});

	test('4. the panel says where the Test and Production URLs are and what to do in Copilot', async () => {
		await expect(ndv(page).getByText('Put the Test URL in a Copilot webhook, then click Execute step').isVisible()).resolves.toBe(true);
		await showWebhookUrls(page);
		const testUrl = ndv(page).getByText(/\/webhook-test\/[0-9a-f-]+\/webhook$/);
		await testUrl.waitFor();
		ui.testUrl = (await testUrl.innerText()).trim();
		expect(ui.testUrl).toMatch(new RegExp(`^${ui.n8n.baseUrl}/webhook-test/`));
		await ndv(page).getByText('When will this node trigger my flow?').click();
		await ndv(page).getByText(/While you build:.*copy the Test URL from Webhook URLs at the top of this panel/).waitFor();
		await screenshot(page, ui.folder, 'trigger-panel');
	});

	test('5. listening: a signed event shows its item with created, changesKnown and changedFields in the Table view; one signed with another secret shows why it was refused', async () => {
		await listenForTestEvent(page);
		await screenshot(page, ui.folder, 'listening');
		await expect(sendEvent(ui.testUrl, 'client.updated')).resolves.toMatch(/^HTTP 200/);
		const output = outputPanel(page);
		await output.locator('[data-test-id="radio-button-table"]').click();
		const headers = await tableHeaders(output);
		expect(headers.slice(0, 6)).toEqual(['eventType', 'resource', 'action', 'created', 'changesKnown', 'changedFields']);
		await expect(output.getByText('customFields.tags').first().isVisible()).resolves.toBe(true);
		// The README's picture: the output panel widened to show the first six columns (2.x's editor).
		const moved = picturesDocs(version) ? await dragParametersPanel(page, 300) : 0;
		await screenshot(page, ui.folder, 'output-table');
		if (moved !== 0) await dragParametersPanel(page, -moved);

		await listenForTestEvent(page);
		await expect(sendEvent(ui.testUrl, '--bad-signature', 'client.updated')).resolves.toMatch(/^HTTP 500/);
		await ndv(page).getByText(/Copilot event refused: Invalid x-copilot-signature header/).first().waitFor();
		await screenshot(page, ui.folder, 'refused-in-editor');
	});

	test('6. published, an event to the Production URL shows up in the executions list', async () => {
		await closeNdv(page);
		await publishWorkflow(page);
		await screenshot(page, ui.folder, 'published');
		const executions = await openExecutionsList(page);
		await executions.first().waitFor();
		const before = await executions.count();
		const productionUrl = ui.testUrl.replace('/webhook-test/', '/webhook/');
		await expect(sendEvent(productionUrl, 'client.updated')).resolves.toMatch(/^HTTP 200/);
		// The list refreshes itself; the new, newest entry is the production run.
		await executions.nth(before).waitFor({ timeout: 30_000 });
		await expect(executions.count()).resolves.toBe(before + 1);
		const newest = executions.first();
		await expect(newest.locator('[data-test-execution-status]').getAttribute('data-test-execution-status')).resolves.toBe('success');
		// Test runs carry n8n's flask icon; a production run has none.
		await expect(newest.locator('svg').count()).resolves.toBe(0);
		await expect(executions.nth(1).locator('svg').count()).resolves.toBeGreaterThan(0);
		await screenshot(page, ui.folder, 'executions');
		await page.getByRole('radio', { name: 'Editor' }).click();
	});

	test('7. the Copilot node after the trigger: Client, Get, a client picked from the list, executed, shows that client', async () => {
		await addNodeAfter(page, 'Copilot', 'Copilot', 'Get a client');
		await ndv(page).waitFor();
		await expect(selectedCredential(page, 'Copilot account')).resolves.toBe('Copilot account');
		const client = ui.fake.store.list('client').find((each) => each.givenName === 'Ava' && each.familyName === 'Thompson');
		await pickFromList(page, 'clientId', 'Ava Thompson');
		await screenshot(page, ui.folder, 'client-from-list');

		await executeStep(page, () => sendEvent(ui.testUrl, 'client.updated'));
		const output = outputPanel(page);
		await output.locator('[data-test-id="radio-button-json"]').click();
		await output.getByText(client.id).first().waitFor();
		await expect(output.getByText(client.email).first().isVisible()).resolves.toBe(true);
		await screenshot(page, ui.folder, 'client-got');
	});

	test('8. an example workflow imported from examples/ shows on the canvas as the README describes it', async () => {
		await newWorkflow(page, ui.n8n.baseUrl);
		const example = join(ROOT, 'examples', 'copilot-onboarding.json');
		await importWorkflowFile(page, example);
		const expected = JSON.parse(readFileSync(example, 'utf8')).nodes.map((node) => node.name);
		await page.locator('[data-test-id="canvas-node"]').nth(expected.length - 1).waitFor();
		await expect(canvasNodeNames(page).then((names) => names.sort())).resolves.toEqual([...expected].sort());
		// Examples carry no credential; opening a node gives it the one Copilot API credential there is.
		for (const name of expected) {
			await openNode(page, name);
			await expect(selectedCredential(page, 'Copilot account')).resolves.toBe('Copilot account');
			await closeNdv(page);
		}
		await expect(page.locator('[data-test-id="canvas-node-status-warning"]').count()).resolves.toBe(0);
		await page.keyboard.press('Shift+1');
		await screenshot(page, ui.folder, 'example-workflow');
	});

	test('9. the AI Agent example shows an agent with its model and four Copilot Tools, each with its credential', async () => {
		// An OpenAI credential as the user would have one (made as the editor makes it: its session and
		// browser id); nothing here calls a model.
		const status = await page.evaluate(async (credential) => {
			const response = await fetch('/rest/credentials', {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'browser-id': localStorage.getItem('n8n-browserId') ?? '' },
				body: JSON.stringify(credential),
			});
			return response.status;
		}, { name: 'OpenAi account', type: 'openAiApi', data: { apiKey: 'sk-ui-test', url: 'https://api.openai.com/v1', header: false } });
		expect(status).toBe(200);
		await newWorkflow(page, ui.n8n.baseUrl);
		const example = join(ROOT, 'examples', 'copilot-agent.json');
		await importWorkflowFile(page, example);
		const nodes = JSON.parse(readFileSync(example, 'utf8')).nodes;
		await page.locator('[data-test-id="canvas-node"]').nth(nodes.length - 1).waitFor();
		await expect(canvasNodeNames(page).then((names) => names.sort())).resolves.toEqual(nodes.map((node) => node.name).sort());
		for (const node of nodes.filter((candidate) => candidate.type.startsWith('n8n-nodes-copilot.') || candidate.type.endsWith('lmChatOpenAi'))) {
			await openNode(page, node.name);
			const credential = node.type.endsWith('lmChatOpenAi') ? 'OpenAi account' : 'Copilot account';
			await expect(selectedCredential(page, credential)).resolves.toBe(credential);
			await closeNdv(page);
		}
		await expect(page.locator('[data-test-id="canvas-node-status-warning"]').count()).resolves.toBe(0);
		await page.keyboard.press('Shift+1');
		await screenshot(page, ui.folder, 'agent-workflow');
	});

	test('10. a custom app in the Copilot portal: a client sees their open tasks and marks one done; a tampered token gets the 403 page and runs nothing', async () => {
		const browserId = await page.evaluate(() => localStorage.getItem('n8n-browserId'));
		const cookie = (await ui.context.cookies(ui.n8n.baseUrl)).map(({ name, value }) => `${name}=${value}`).join('; ');
		const n8n = await connectWithSession(ui.n8n.baseUrl, { cookie, browserId });
		const credential = await n8n.createCopilotCredential('Copilot custom app', {
			keyKind: 'customApp',
			apiKey: APP_KEY,
			workspaceId: ui.fake.workspaceId,
			baseUrl: ui.fake.url,
		});
		const workflow = await n8n.createWorkflow(customAppExample(credential).workflow);
		await n8n.activate(workflow.id);
		await waitForWebhook(ui.appUrl);

		const ava = ui.fake.demo.clients[0];
		for (const name of ['Sign the engagement letter', 'Upload a photo ID']) {
			ui.fake.store.add('task', { name, status: 'todo', clientId: ava.id, companyId: ava.companyId, isArchived: false });
		}
		const openTasks = () => ui.fake.store.list('task').filter((task) => task.clientId === ava.id && task.status !== 'completed');
		const appResponses = [];
		page.on('response', (response) => {
			if (response.url().startsWith(ui.appUrl)) appResponses.push(response);
		});

		await page.goto(ui.portal.viewUrl({ clientId: ava.id }));
		const app = page.frameLocator('iframe[title="Custom app"]');
		await app.getByRole('heading', { name: `Hello ${ava.givenName}` }).waitFor();
		await expect(app.locator('li span').allInnerTexts().then((names) => names.sort())).resolves.toEqual(openTasks().map((task) => task.name).sort());

		// n8n answers the page in its sandbox: no frame-ancestors there (N8N_CONTENT_SECURITY_POLICY sets only
		// the editor's), no same-origin, so the page has no cookies or storage and must carry the token on.
		const policy = (await appResponses[0].allHeaders())['content-security-policy'];
		expect(policy).toMatch(/^sandbox /);
		expect(policy).not.toMatch(/frame-ancestors|allow-same-origin/);
		const editorPolicy = (await fetch(`${ui.n8n.baseUrl}/signin`)).headers.get('content-security-policy');
		expect(editorPolicy).toContain(`frame-ancestors 'self' ${ui.portal.url}`);
		const frame = page.frames().find((candidate) => candidate.url().startsWith(ui.appUrl));
		await expect(frame.evaluate(() => window.origin)).resolves.toBe('null');
		await expect(frame.evaluate(() => { try { return document.cookie; } catch (error) { return error.name; } })).resolves.toBe('SecurityError');

		const [task] = openTasks().sort((a, b) => a.name.localeCompare(b.name));
		ui.fake.clearRequests();
		await app.locator('li', { hasText: task.name }).getByRole('button', { name: 'Mark done' }).click();
		await app.getByText(`Marked “${task.name}” done.`).waitFor();
		expect(ui.fake.store.get('task', task.id).status).toBe('completed');
		expect(ui.fake.requests.filter((request) => request.method === 'PATCH').map((request) => [request.path, request.keyKind])).toEqual([
			[`/v1/tasks/${task.id}`, 'customApp'],
		]);
		const posted = appResponses.find((response) => response.request().method() === 'POST');
		expect(new URL(posted.url()).searchParams.get('token')).toMatch(/^[0-9a-f]{64,}$/);
		await expect(app.locator('li span').allInnerTexts()).resolves.not.toContain(task.name);
		await screenshot(page, ui.folder, 'custom-app');

		const before = (await n8n.executions(workflow.id, { includeData: false })).length;
		const token = appTokenFor(ui.fake, { clientId: ava.id });
		const tampered = `${token.slice(0, 40)}${(parseInt(token[40], 16) ^ 1).toString(16)}${token.slice(41)}`;
		await page.goto(ui.portal.viewUrl({ token: tampered }));
		await app.getByRole('heading', { name: 'Open this app from Copilot' }).waitFor();
		expect(appResponses.at(-1).status()).toBe(403);
		await screenshot(page, ui.folder, 'custom-app-refused');

		// Ran nothing: once the next genuine opening has run, it is the only execution added.
		await page.goto(ui.portal.viewUrl({ clientId: ava.id }));
		await app.getByRole('heading', { name: `Hello ${ava.givenName}` }).waitFor();
		const runs = () => n8n.executions(workflow.id, { includeData: false }).then((list) => list.length);
		while ((await runs()) <= before) await new Promise((resolve) => setTimeout(resolve, 200));
		await expect(runs()).resolves.toBe(before + 1);
	});
});
