import { NodeOperationError, type IDataObject, type IHookFunctions } from 'n8n-workflow';

import { CopilotTrigger } from '../nodes/CopilotTrigger/CopilotTrigger.node';
import { SECRET } from './helpers/signing';

interface HookSetup {
	url?: string;
	events?: string[];
	options?: IDataObject;
	credentials?: IDataObject;
}

/** n8n's side of the lifecycle: the node's static data persists between the calls. */
function hooks(staticData: IDataObject, setup: HookSetup = {}) {
	const parameters: IDataObject = { events: setup.events ?? ['*'], options: setup.options ?? {} };
	const context = {
		getNode: () => ({ name: 'Copilot Trigger', type: 'n8n-nodes-copilot.copilotTrigger', typeVersion: 1 }),
		getNodeWebhookUrl: (name: string) =>
			name === 'default' ? (setup.url ?? 'https://n8n.example.com/webhook/abc/webhook') : undefined,
		getNodeParameter: (name: string, fallback?: unknown) => (name in parameters ? parameters[name] : fallback),
		getWorkflowStaticData: (type: string) => {
			if (type !== 'node') throw new Error(`unexpected static data type ${type}`);
			return staticData;
		},
		getCredentials: async (type: string) => {
			if (type !== 'copilotApi') throw new Error(`unexpected credential type ${type}`);
			return setup.credentials ?? { apiKey: 'key', webhookSigningSecret: SECRET };
		},
	} as unknown as IHookFunctions;
	const methods = new CopilotTrigger().webhookMethods.default;
	return {
		checkExists: () => methods.checkExists.call(context),
		create: () => methods.create.call(context),
		delete: () => methods.delete.call(context),
	};
}

describe('Copilot Trigger lifecycle', () => {
	it('records the URL and events on create, finds them on check, forgets them on delete', async () => {
		const staticData: IDataObject = {};
		const setup = { events: ['client.updated', 'client.created'], options: { customEvents: 'x.y, client.created' } };
		expect(await hooks(staticData, setup).checkExists()).toBe(false);
		expect(await hooks(staticData, setup).create()).toBe(true);
		expect(staticData).toEqual({
			webhookUrl: 'https://n8n.example.com/webhook/abc/webhook',
			events: ['client.created', 'client.updated', 'x.y'],
		});
		expect(await hooks(staticData, setup).checkExists()).toBe(true);
		expect(await hooks(staticData, setup).delete()).toBe(true);
		expect(staticData).toEqual({});
		expect(await hooks(staticData, setup).checkExists()).toBe(false);
	});

	it('reports a changed URL or changed events as not registered', async () => {
		const staticData: IDataObject = {};
		await hooks(staticData, { events: ['client.updated'] }).create();
		expect(await hooks(staticData, { events: ['client.updated'] }).checkExists()).toBe(true);
		expect(await hooks(staticData, { events: ['client.created'] }).checkExists()).toBe(false);
		expect(await hooks(staticData, { events: ['client.updated', 'task.updated'] }).checkExists()).toBe(false);
		expect(
			await hooks(staticData, { events: ['client.updated'], url: 'https://other/webhook' }).checkExists(),
		).toBe(false);
	});

	it('keeps static data it does not own', async () => {
		const staticData: IDataObject = { unrelated: 1 };
		await hooks(staticData).create();
		await hooks(staticData).delete();
		expect(staticData).toEqual({ unrelated: 1 });
	});

	it.each([
		['missing', { apiKey: 'key' }],
		['empty', { apiKey: 'key', webhookSigningSecret: '' }],
		['blank', { apiKey: 'key', webhookSigningSecret: '   ' }],
	])('refuses to activate when the signing secret is %s', async (_label, credentials) => {
		const staticData: IDataObject = {};
		const create = hooks(staticData, { credentials }).create();
		await expect(create).rejects.toBeInstanceOf(NodeOperationError);
		await expect(hooks(staticData, { credentials }).create()).rejects.toThrow(
			'The Copilot API credential has no webhook signing secret',
		);
		expect(staticData).toEqual({});
	});
});
