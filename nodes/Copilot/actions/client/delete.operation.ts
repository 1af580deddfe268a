import { clientLocator } from '../../fields/locators';
import { deleteOperation } from '../generic';

export const deleteClient = deleteOperation({ noun: 'client', collection: '/v1/clients', id: clientLocator() });
