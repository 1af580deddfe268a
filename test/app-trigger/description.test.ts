import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
	Expression,
	resolveWebhookDescriptionField,
	webhookDescriptionIsNativelyResolvable,
	type IDataObject,
	type INodeParameters,
	type INodeProperties,
} from 'n8n-workflow';

import { CopilotAppTrigger } from '../../nodes/CopilotAppTrigger/CopilotAppTrigger.node';

const { description } = new CopilotAppTrigger();
const root = join(__dirname, '..', '..');

function property(name: string, properties: INodeProperties[] = description.properties): INodeProperties {
	const found = properties.find((candidate) => candidate.name === name);
	if (!found) throw new Error(`no parameter ${name}`);
	return found;
}

describe('Copilot App Trigger description', () => {
	it('declares GET and POST at one address, answered with the last node’s page field as text/html', () => {
		// IWebhookDescription has an index signature, so only a test catches a misspelt key.
		const answer = {
			path: 'app',
			responseMode: 'lastNode',
			responseData: 'firstEntryJson',
			responseContentType: 'text/html',
			responsePropertyName: expect.any(String),
			responseHeaders: {
				entries: [
					{ name: 'Cache-Control', value: 'no-store' },
					{ name: 'Referrer-Policy', value: 'no-referrer' },
					{ name: 'X-Content-Type-Options', value: 'nosniff' },
				],
			},
		};
		// (JSON drops the symbol-keyed native resolvers, tested below.)
		expect(JSON.parse(JSON.stringify(description.webhooks))).toEqual([
			{ name: 'default', httpMethod: 'GET', ...answer },
			{ name: 'setup', httpMethod: 'POST', ndvHideUrl: true, ...answer },
		]);
	});

	describe.each([
		[{}, 'html'],
		[{ pageField: '' }, 'html'],
		[{ pageField: 'page' }, 'page'],
		[{ pageField: 'data.html' }, 'data.html'],
	])('the Page Field option %j', (options: IDataObject, field) => {
		const webhook = description.webhooks![0];

		it(`names ${field} through the expression engine`, () => {
			expect(Expression.resolveWithoutWorkflow(String(webhook.responsePropertyName).slice(1), { $parameter: { options } })).toBe(field);
		});

		it(`names ${field} natively when the parameters hold no expression (n8n-workflow 2.x)`, () => {
			const parameters = { include: [], options: options as INodeParameters };
			expect(resolveWebhookDescriptionField({ parameters }, webhook, 'responsePropertyName')).toEqual({ resolved: true, value: field });
			expect(webhookDescriptionIsNativelyResolvable(webhook)).toBe(true);
		});
	});

	it('falls back to the plain expression where n8n-workflow has no native resolvers (1.x)', () => {
		jest.isolateModules(() => {
			jest.doMock('n8n-workflow', () => ({ ...jest.requireActual('n8n-workflow'), webhookDescriptionFields: undefined }));
			const { appWebhooks, PAGE_FIELD_EXPRESSION } = jest.requireActual<typeof import('../../nodes/CopilotAppTrigger/response')>(
				'../../nodes/CopilotAppTrigger/response',
			);
			const [webhook] = appWebhooks();
			expect(webhook.responsePropertyName).toBe(PAGE_FIELD_EXPRESSION);
			expect(Object.getOwnPropertySymbols(webhook)).toEqual([]);
		});
		jest.dontMock('n8n-workflow');
	});

	it('is a trigger with no inputs, one main output and the Copilot API credential', () => {
		expect(description).toMatchObject({
			name: 'copilotAppTrigger',
			displayName: 'Copilot App Trigger',
			version: 1,
			group: ['trigger'],
			inputs: [],
			outputs: ['main'],
			credentials: [{ name: 'copilotApi', required: true }],
		});
	});

	it('offers the records it can read and the page field, and explains the set-up in a notice', () => {
		expect((property('include').options as Array<{ value: string }>).map((option) => option.value)).toEqual(['client', 'company', 'internalUser']);
		expect((property('options').options as INodeProperties[]).map((option) => [option.name, option.default])).toEqual([['pageField', 'html']]);
		expect(property('setupNotice').displayName).toMatch(/App Setup > Custom App.*Custom App Key.*html field/s);
	});

	it('ships icons and a codex naming the node as n8n will load it', () => {
		const dir = join(root, 'nodes', 'CopilotAppTrigger');
		const codex = JSON.parse(readFileSync(join(dir, 'CopilotAppTrigger.node.json'), 'utf8'));
		expect(codex.node).toBe('n8n-nodes-copilot.copilotAppTrigger');
		const icon = description.icon as { light: string; dark: string };
		for (const file of [icon.light, icon.dark]) expect(readFileSync(join(dir, file.replace('file:', '')), 'utf8')).toMatch(/^<svg/);
	});
});
