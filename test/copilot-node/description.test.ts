import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { Copilot } from '../../nodes/Copilot/Copilot.node';
import { CopilotTrigger } from '../../nodes/CopilotTrigger/CopilotTrigger.node';

const { description } = new Copilot();
const root = join(__dirname, '..', '..');

/** The parameters shown for one resource and operation, as n8n's editor would show them. */
function shownFor(resource: string, operation: string): INodeProperties[] {
	return description.properties.filter((property) => {
		const show = property.displayOptions?.show;
		return show?.resource?.includes(resource) && show.operation?.includes(operation);
	});
}

function optionsOf(name: string, resource?: string): INodePropertyOptions[] {
	const property = description.properties.find(
		(candidate) =>
			candidate.name === name && (resource === undefined || candidate.displayOptions?.show?.resource?.includes(resource)),
	);
	return (property?.options ?? []) as INodePropertyOptions[];
}

const EXPECTED_OPERATIONS: Record<string, string[]> = {
	appConnection: ['create', 'getAll'],
	appInstall: ['get', 'getAll'],
	client: ['create', 'delete', 'get', 'getAll', 'replace', 'update', 'upsert'],
	company: ['create', 'delete', 'get', 'getAll', 'update', 'upsert'],
	contract: ['get', 'getAll', 'send'],
	contractTemplate: ['get', 'getAll'],
	customField: ['getAll', 'getOptions'],
	file: ['create', 'delete', 'download', 'get', 'getAll', 'updatePermissions'],
	fileChannel: ['create', 'get', 'getAll'],
	form: ['get', 'getAll'],
	formResponse: ['getAll', 'request'],
	internalUser: ['get', 'getAll'],
	invoice: ['create', 'get', 'getAll'],
	invoiceTemplate: ['getAll'],
	message: ['getAll', 'send'],
	messageChannel: ['create', 'get', 'getAll'],
	note: ['create', 'delete', 'get', 'getAll', 'update'],
	notification: ['create', 'delete', 'get', 'getAll', 'markRead', 'markUnread'],
	payment: ['getAll'],
	price: ['get', 'getAll'],
	product: ['get', 'getAll'],
	subscription: ['cancel', 'create', 'get', 'getAll'],
	subscriptionTemplate: ['getAll'],
	task: ['create', 'delete', 'get', 'getAll', 'update'],
	taskComment: ['delete', 'get', 'getAll'],
	taskTemplate: ['get', 'getAll'],
	workspace: ['get'],
};

describe('Copilot node description', () => {
	it('is the "copilot" action node, version 1, sharing the trigger’s credential and icon, usable as an AI tool', () => {
		expect(description).toMatchObject({
			displayName: 'Copilot',
			name: 'copilot',
			version: 1,
			inputs: ['main'],
			outputs: ['main'],
			usableAsTool: true,
			credentials: [{ name: 'copilotApi', required: true }],
			icon: new CopilotTrigger().description.icon,
		});
		expect(description.subtitle).toContain('$parameter["operation"]');
		expect(description.subtitle).toContain('$parameter["resource"]');
	});

	it('offers every resource with its operations, in alphabetical order', () => {
		const resources = optionsOf('resource');
		expect(resources.map((option) => option.value)).toEqual(Object.keys(EXPECTED_OPERATIONS));
		expect(resources.map((option) => option.name)).toEqual([...resources.map((option) => option.name)].sort());
		for (const [resource, operations] of Object.entries(EXPECTED_OPERATIONS)) {
			const options = optionsOf('operation', resource);
			expect([...options.map((option) => option.value)].sort()).toEqual(operations);
			expect(options.map((option) => option.name)).toEqual([...options.map((option) => option.name)].sort());
			for (const option of options) {
				expect(option.action).toMatch(/^[A-Z]/);
				expect(option.description).toMatch(/\S/);
			}
		}
		expect(optionsOf('operation', 'client').find((option) => option.value === 'getAll')?.name).toBe('Get Many');
	});

	it('keeps the client interface names of the issue', () => {
		const names = (operation: string) => shownFor('client', operation).map((property) => property.name);
		expect(names('create')).toEqual(['givenName', 'familyName', 'email', 'additionalFields']);
		const additional = shownFor('client', 'create').find((property) => property.name === 'additionalFields')!;
		expect((additional.options as INodeProperties[]).map((option) => option.name).sort()).toEqual(
			['companyId', 'customFieldValues', 'customFields', 'sendInvite'].sort(),
		);
		for (const operation of ['get', 'update', 'delete']) {
			const clientId = shownFor('client', operation).find((property) => property.name === 'clientId')!;
			expect(clientId.type).toBe('resourceLocator');
			expect(clientId.modes?.map((mode) => [mode.name, mode.typeOptions?.searchListMethod, mode.typeOptions?.searchable])).toEqual([
				['list', 'searchClients', true],
				['id', undefined, undefined],
			]);
		}
		const update = shownFor('client', 'update').find((property) => property.name === 'updateFields')!;
		expect((update.options as INodeProperties[]).map((option) => option.name)).toEqual(
			expect.arrayContaining(['givenName', 'familyName', 'companyId', 'customFields']),
		);
		expect(names('getAll')).toEqual(['returnAll', 'limit', 'filters']);
		const limit = shownFor('client', 'getAll').find((property) => property.name === 'limit')!;
		expect(limit.default).toBe(50);
		const filters = shownFor('client', 'getAll').find((property) => property.name === 'filters')!;
		expect((filters.options as INodeProperties[]).map((option) => option.name).sort()).toEqual(
			['companyId', 'email', 'familyName', 'givenName'],
		);
	});

	it('has Return All and Limit on every list', () => {
		for (const [resource, operations] of Object.entries(EXPECTED_OPERATIONS)) {
			for (const operation of operations.filter((name) => name === 'getAll' || name === 'getOptions')) {
				const names = shownFor(resource, operation).map((property) => property.name);
				expect({ resource, operation, names }).toEqual({
					resource,
					operation,
					names: expect.arrayContaining(['returnAll', 'limit']),
				});
			}
		}
	});

	it('offers "From List" for clients, companies, tasks, internal users and message channels', () => {
		const searchMethods = new Set(
			description.properties.flatMap((property) => property.modes?.map((mode) => mode.typeOptions?.searchListMethod) ?? []),
		);
		for (const method of ['searchClients', 'searchCompanies', 'searchTasks', 'searchInternalUsers', 'searchMessageChannels']) {
			expect(searchMethods).toContain(method);
			expect(typeof (new Copilot().methods.listSearch as Record<string, unknown>)[method]).toBe('function');
		}
	});

	it('fills dropdowns from Copilot for task templates, custom fields, forms and contract templates', () => {
		const loadMethods = new Set<string>();
		const visit = (properties: Array<INodeProperties | INodePropertyCollection | INodePropertyOptions>) => {
			for (const property of properties) {
				const method = (property as INodeProperties).typeOptions?.loadOptionsMethod;
				if (method) loadMethods.add(method);
				const nested = (property as INodeProperties).options ?? (property as INodePropertyCollection).values;
				if (Array.isArray(nested)) visit(nested);
			}
		};
		visit(description.properties);
		const methods = new Copilot().methods.loadOptions as Record<string, unknown>;
		for (const method of ['getTaskTemplates', 'getCustomFields', 'getClientCustomFields', 'getCompanyCustomFields', 'getForms', 'getContractTemplates']) {
			expect(loadMethods).toContain(method);
			expect(typeof methods[method]).toBe('function');
		}
	});

	it('gives every parameter a default and every collection its options in alphabetical order', () => {
		const visit = (properties: INodeProperties[]) => {
			for (const property of properties) {
				expect({ name: property.name, hasDefault: 'default' in property }).toEqual({ name: property.name, hasDefault: true });
				if (property.type === 'collection') {
					const names = (property.options as INodeProperties[]).map((option) => option.displayName);
					expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
					visit(property.options as INodeProperties[]);
				}
			}
		};
		visit(description.properties);
	});

	it('ships its codex and icons, and is registered in package.json', () => {
		const dir = join(root, 'nodes', 'Copilot');
		expect(JSON.parse(readFileSync(join(dir, 'Copilot.node.json'), 'utf8')).node).toBe('n8n-nodes-copilot.copilot');
		const icon = description.icon as { light: string; dark: string };
		for (const file of [icon.light, icon.dark]) {
			expect(readFileSync(join(dir, file.replace('file:', '')), 'utf8')).toMatch(/^<svg/);
		}
		const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
		expect(pkg.n8n.nodes).toContain('dist/nodes/Copilot/Copilot.node.js');
	});
});
