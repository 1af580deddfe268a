import { choiceFilter } from '../../fields/list';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'custom fields',
	path: '/v1/custom-fields',
	paginated: false,
	filters: [
		choiceFilter(
			'entityType',
			'Entity Type',
			[
				['Client', 'client'],
				['Company', 'company'],
			],
			'Only the custom fields of clients, or of companies',
		),
	],
});
