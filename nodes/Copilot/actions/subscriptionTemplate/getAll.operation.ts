import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'subscription templates',
	path: '/v1/subscription-templates',
	paginated: true,
});
