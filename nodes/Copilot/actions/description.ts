import { updateDisplayOptions, type INodeProperties } from 'n8n-workflow';

import type { CopilotResource } from './types';

function byName<T extends { name: string }>(a: T, b: T): number {
	return a.name.localeCompare(b.name);
}

function operationProperty(resource: CopilotResource): INodeProperties {
	const options = resource.operations.map((operation) => operation.option).sort(byName);
	const firstChoice = options.some((option) => option.value === 'get') ? 'get' : options[0].value;
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options,
		default: firstChoice,
	};
}

/**
 * The node's parameters: the Resource dropdown, then per resource its Operation dropdown and each
 * operation's parameters, shown only for that resource and operation.
 */
export function nodeProperties(resources: CopilotResource[], defaultResource: string): INodeProperties[] {
	const resourceProperty: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources.map(({ name, value }) => ({ name, value })).sort(byName),
		default: defaultResource,
	};
	return [
		resourceProperty,
		...resources.flatMap((resource) => [
			operationProperty(resource),
			...resource.operations.flatMap((operation) =>
				updateDisplayOptions(
					{ show: { resource: [resource.value], operation: [operation.option.value] } },
					operation.properties,
				),
			),
		]),
	];
}
