import { idField } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({ noun: 'invoice', collection: '/v1/invoices', id: idField('invoiceId', 'Invoice ID') });
