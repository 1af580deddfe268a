import { textFilter } from '../../fields/list';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'companies',
	path: '/v1/companies',
	paginated: true,
	filters: [
		{
			displayName: 'Is Placeholder',
			name: 'isPlaceholder',
			type: 'boolean',
			default: false,
			description: 'Whether to list only the placeholder companies Copilot made for clients without one, or only real ones',
		},
		textFilter('name', 'Name', 'Only the company with this name (exact match)'),
	],
});
