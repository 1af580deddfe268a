import { idField } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({ noun: 'contract', collection: '/v1/contracts', id: idField('contractId', 'Contract ID') });
