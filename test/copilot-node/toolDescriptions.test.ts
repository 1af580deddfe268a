// What a model reads about each Copilot Tool it is offered. With "Tool Description: Set Automatically"
// (the default) n8n describes a tool as "<the operation's action> in Copilot" (n8n-workflow's
// getToolDescriptionForNode, run here as n8n runs it): a model must be able to tell the operations
// apart by that alone, and tell the ones that delete, send or bill from the reads.
import { NodeHelpers, type INode, type INodeProperties, type INodePropertyOptions, type INodeType } from 'n8n-workflow';

import { Copilot } from '../../nodes/Copilot/Copilot.node';

const nodeType = new Copilot() as unknown as INodeType;
const { properties } = nodeType.description;

const operations = properties
	.filter((property) => property.name === 'operation')
	.flatMap((property) =>
		(property.displayOptions?.show?.resource as string[]).flatMap((resource) =>
			(property.options as INodePropertyOptions[]).map((option) => ({ resource, option })),
		),
	);

function toolDescription(resource: string, operation: string): string {
	const node = { name: 'Copilot', type: 'n8n-nodes-copilot.copilotTool', parameters: { descriptionType: 'auto', resource, operation } } as unknown as INode;
	return NodeHelpers.getToolDescriptionForNode(node, nodeType);
}

/** Operations whose effect reaches a client or their money, by what their tool description must say. */
const REACHING_PEOPLE: Array<[string, string, RegExp]> = [
	['message', 'send', /^Send a message/],
	['contract', 'send', /^Send a contract/],
	['invoice', 'create', /^Create and send an invoice/],
	['notification', 'create', /^Send a notification/],
	['subscription', 'create', /start billing/],
];

describe('what a model reads about each Copilot Tool', () => {
	it('is "<action> in Copilot", different for every operation', () => {
		const texts = operations.map(({ resource, option }) => toolDescription(resource, option.value as string));
		expect(texts.every((text) => text.endsWith(' in Copilot'))).toBe(true);
		expect(new Set(texts).size).toBe(operations.length);
	});

	it.each(REACHING_PEOPLE)('%s › %s says that it sends or bills', (resource, operation, says) => {
		expect(toolDescription(resource, operation)).toMatch(says);
	});

	it('every Delete says it deletes, and its description that it is permanent', () => {
		const deletes = operations.filter(({ option }) => option.value === 'delete');
		expect(deletes.length).toBeGreaterThan(5);
		for (const { resource, option } of deletes) {
			expect(toolDescription(resource, 'delete')).toMatch(/^Delete /);
			expect(option.description).toContain('permanently');
		}
	});

	it('every Get Many says what it returns and how it is bounded', () => {
		const lists = operations.filter(({ option }) => option.value === 'getAll');
		expect(lists.length).toBeGreaterThan(20);
		for (const { option } of lists) expect(option.description).toMatch(/one item each: at most Limit \(50 by default\)/);
	});

	it('every record a tool is told to act on (a locator or an ID field) has a description', () => {
		const idFields = properties.filter((property: INodeProperties) => property.type === 'resourceLocator' || /Id$/.test(property.name));
		expect(idFields.length).toBeGreaterThan(30);
		expect(idFields.filter((property) => !property.description).map((property) => property.name)).toEqual([]);
	});
});
