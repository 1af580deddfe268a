import { getManyOperation } from '../generic';

export const getAll = getManyOperation({ nouns: 'internal users', path: '/v1/internal-users', paginated: true });
