import { textFilter } from '../../fields/list';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'products',
	path: '/v1/products',
	paginated: true,
	filters: [textFilter('name', 'Name', 'Only the product with this name (exact match)')],
});
