import { internalUserLocator } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({ noun: 'internal user', collection: '/v1/internal-users', id: internalUserLocator() });
