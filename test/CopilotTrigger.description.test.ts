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

import { CopilotTrigger } from '../nodes/CopilotTrigger/CopilotTrigger.node';

const { description } = new CopilotTrigger();

/**
 * The event types in the project's Copilot facts, spelt as Copilot's own code spells them, and the link
 * events of Copilot's webhook events page.
 */
const DOCUMENTED_EVENTS = `client.created client.updated client.deleted client.activated
company.created company.updated company.deleted internalUser.created internalUser.deleted
task.created task.updated task.completed task.archived task.deleted comment.created
file.created file.updated file.deleted folder.created folder.updated folder.deleted
link.created link.updated link.deleted invoice.created invoice.updated invoice.paid invoice.voided invoice.deleted
payment.succeeded product.created product.updated price.created
message.sent messageChannel.created messageChannel.deleted
note.created note.updated note.deleted contract.requested contract.signed formResponse.completed`.split(/\s+/);
const root = join(__dirname, '..');

function property(name: string, properties: INodeProperties[] = description.properties): INodeProperties {
	const found = properties.find((candidate) => candidate.name === name);
	if (!found) throw new Error(`no parameter ${name}`);
	return found;
}

describe('Copilot Trigger description', () => {
	it('declares one POST webhook answered with an empty 200', () => {
		// IWebhookDescription has an index signature, so only a test catches a misspelt key.
		expect(description.webhooks).toEqual([
			expect.objectContaining({ name: 'default', httpMethod: 'POST', responseMode: expect.any(String), responseData: 'noData', path: 'webhook' }),
		]);
		expect(Object.keys(description.webhooks![0]).sort()).toEqual(['httpMethod', 'name', 'path', 'responseData', 'responseMode']);
	});

	describe.each([
		[{}, 'onReceived'],
		[{ respond: 'immediately' }, 'onReceived'],
		[{ respond: 'whenWorkflowFinishes' }, 'lastNode'],
	])('the Respond option %j', (options: IDataObject, mode) => {
		const webhook = description.webhooks![0];

		it(`gives n8n's response mode ${mode} through the expression engine`, () => {
			const expression = String(webhook.responseMode);
			expect(Expression.resolveWithoutWorkflow(expression.slice(1), { $parameter: { options } })).toBe(mode);
			const respond = property('respond', property('options').options as INodeProperties[]);
			expect(respond.default).toBe('immediately');
			expect((respond.options as Array<{ value: string }>).map((option) => option.value)).toContain(options.respond ?? respond.default);
		});

		it(`gives ${mode} natively, without the engine, when the parameters hold no expression (n8n-workflow 2.x)`, () => {
			expect(resolveWebhookDescriptionField({ parameters: { events: ['*'], options: options as INodeParameters } }, webhook, 'responseMode')).toEqual({
				resolved: true,
				value: mode,
			});
			expect(webhookDescriptionIsNativelyResolvable(webhook)).toBe(true);
		});
	});

	it('leaves the response mode to the engine when a parameter is an expression', () => {
		const parameters = { events: ['*'], options: { respond: '={{ "whenWorkflowFinishes" }}' } };
		expect(resolveWebhookDescriptionField({ parameters }, description.webhooks![0], 'responseMode')).toEqual({ resolved: false });
	});

	it('falls back to the plain expression where n8n-workflow has no native resolvers (1.x)', () => {
		jest.isolateModules(() => {
			jest.doMock('n8n-workflow', () => ({ ...jest.requireActual('n8n-workflow'), webhookDescriptionFields: undefined }));
			const { responseModeDescription, RESPONSE_MODE_EXPRESSION } = jest.requireActual<typeof import('../nodes/CopilotTrigger/response')>(
				'../nodes/CopilotTrigger/response',
			);
			const fallback = responseModeDescription();
			expect(fallback).toEqual({ responseMode: RESPONSE_MODE_EXPRESSION });
			expect(Object.getOwnPropertySymbols(fallback)).toEqual([]);
		});
		jest.dontMock('n8n-workflow');
	});

	it('is a trigger of versions 1 and 1.1 (new workflows get 1.1) with no inputs, one main output and the Copilot API credential', () => {
		expect(description).toMatchObject({
			name: 'copilotTrigger',
			displayName: 'Copilot Trigger',
			version: [1, 1.1],
			defaultVersion: 1.1,
			group: ['trigger'],
			inputs: [],
			outputs: ['main'],
			credentials: [{ name: 'copilotApi', required: true }],
		});
	});

	it('offers * and every event type listed in the facts, each described', () => {
		const events = property('events');
		expect(events).toMatchObject({ type: 'multiOptions', required: true, default: ['*'] });
		const values = (events.options as Array<{ value: string; description?: string }>).map((option) => option.value);
		expect(values[0]).toBe('*');
		expect([...values.slice(1)].sort()).toEqual([...DOCUMENTED_EVENTS].sort());
		expect(new Set(values).size).toBe(values.length);
		for (const option of events.options as Array<{ description?: string }>) {
			expect(option.description).toMatch(/\S/);
		}
	});

	it('keeps the option names users rely on', () => {
		const options = property('options');
		expect((options.options as INodeProperties[]).map((option) => [option.name, option.type, option.default])).toEqual([
			['customEvents', 'string', ''],
			['ignoreUnknownChanges', 'boolean', false],
			['onlyWhenFieldsChanged', 'string', ''],
			['respond', 'options', 'immediately'],
			['splitOutChanges', 'boolean', false],
		]);
	});

	it('says in Only When Fields Changed which Copilot events come without previous values, and that they still start the workflow', () => {
		const options = property('options').options as INodeProperties[];
		const watched = property('onlyWhenFieldsChanged', options).description;
		expect(watched).toMatch(/task events \(task\.updated and task\.completed too\), \*\.created .*file upload/);
		expect(watched).toMatch(/start the workflow, with changesKnown false, unless Ignore Unknown Changes is on/);
		expect(property('ignoreUnknownChanges', options)).toMatchObject({ displayName: 'Ignore Unknown Changes', default: false });
	});

	it('tells the task events as Copilot’s Tasks app sends them', () => {
		const described = Object.fromEntries(
			(property('events').options as Array<{ value: string; description: string }>).map((option) => [option.value, option.description]),
		);
		expect(described['task.completed']).toMatch(/set to completed, or a completed task got another name, assignee or due date\. Without previous values/);
		expect(described['task.updated']).toMatch(/not completed .*or a task was unarchived\. Without previous values/);
		expect(described['task.archived']).toMatch(/unarchiving sends task\.updated/);
		expect(described['link.updated']).toMatch(/link .*file channel/);
	});

	it('explains the manual set-up in a notice', () => {
		expect(property('setupNotice').displayName).toMatch(/Settings > API > Webhooks.*signing secret/s);
	});

	it('ships icons and a codex naming the node as n8n will load it', () => {
		const dir = join(root, 'nodes', 'CopilotTrigger');
		const codex = JSON.parse(readFileSync(join(dir, 'CopilotTrigger.node.json'), 'utf8'));
		expect(codex.node).toBe('n8n-nodes-copilot.copilotTrigger');
		expect(codex.categories.length).toBeGreaterThan(0);
		const icon = description.icon as { light: string; dark: string };
		for (const file of [icon.light, icon.dark]) {
			expect(readFileSync(join(dir, file.replace('file:', '')), 'utf8')).toMatch(/^<svg/);
		}
	});

	it('is registered in package.json under the dist paths the build writes', () => {
		const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
		expect(pkg.n8n).toEqual({
			n8nNodesApiVersion: 1,
			credentials: ['dist/credentials/CopilotApi.credentials.js'],
			nodes: ['dist/nodes/Copilot/Copilot.node.js', 'dist/nodes/CopilotAppTrigger/CopilotAppTrigger.node.js', 'dist/nodes/CopilotTrigger/CopilotTrigger.node.js'],
		});
		expect(pkg.dependencies ?? {}).toEqual({});
		expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
	});
});
