import { getManyOperation } from '../generic';

export const getAll = getManyOperation({ nouns: 'task templates', path: '/v1/task-templates', paginated: true });
