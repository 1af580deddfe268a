import { getManyOperation } from '../generic';

export const getAll = getManyOperation({ nouns: 'invoice templates', path: '/v1/invoice-templates', paginated: true });
