import { getManyOperation } from '../generic';

export const getAll = getManyOperation({ nouns: 'subscriptions', path: '/v1/subscriptions', paginated: true });
