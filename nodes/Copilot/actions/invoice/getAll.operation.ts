import { getManyOperation } from '../generic';

export const getAll = getManyOperation({ nouns: 'invoices', path: '/v1/invoices', paginated: true });
