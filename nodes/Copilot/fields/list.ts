import type { INodeProperties } from 'n8n-workflow';

/** Parameters in the alphabetical order n8n's own collections use. */
export function sortedByName(properties: INodeProperties[]): INodeProperties[] {
	return [...properties].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Return All and Limit, as on every n8n list operation. */
export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { returnAll: [false] } },
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
		},
	];
}

/** The query filters a list endpoint offers, each named as Copilot's query parameter. */
export function filtersCollection(filters: INodeProperties[]): INodeProperties[] {
	if (filters.length === 0) return [];
	return [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: sortedByName(filters),
		},
	];
}

/** A text filter matched exactly by Copilot. */
export function textFilter(name: string, displayName: string, description: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', description };
}

/** A filter with fixed values. */
export function choiceFilter(
	name: string,
	displayName: string,
	values: Array<[string, string]>,
	description: string,
): INodeProperties {
	const [[, firstValue]] = values;
	return {
		displayName,
		name,
		type: 'options',
		default: firstValue,
		options: values.map(([optionName, value]) => ({ name: optionName, value })),
		description,
	};
}
