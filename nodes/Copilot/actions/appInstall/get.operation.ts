import { getOperation } from '../generic';
import { installField } from './fields';

export const get = getOperation({ noun: 'app install', collection: '/v1/installs', id: installField() });
