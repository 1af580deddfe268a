import { textFilter } from '../../fields/list';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'products',
	path: '/v1/products',
	paginated: true,
	filters: [textFilter('name', 'Name', 'Only products with this name (Copilot ignores upper and lower case)')],
});
