import { clientLocator } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({ noun: 'client', collection: '/v1/clients', id: clientLocator() });
