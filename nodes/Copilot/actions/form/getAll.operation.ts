import { getManyOperation } from '../generic';

export const getAll = getManyOperation({ nouns: 'forms', path: '/v1/forms', paginated: true });
