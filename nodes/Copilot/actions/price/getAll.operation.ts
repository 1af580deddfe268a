import { textFilter } from '../../fields/list';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'prices',
	path: '/v1/prices',
	paginated: true,
	filters: [textFilter('productId', 'Product ID', 'Only the prices of this product')],
});
