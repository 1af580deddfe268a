import { textFilter } from '../../fields/list';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'contract templates',
	path: '/v1/contract-templates',
	paginated: true,
	filters: [textFilter('name', 'Name', 'Only the template with this name (exact match)')],
});
