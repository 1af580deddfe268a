import { idField } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({ noun: 'price', collection: '/v1/prices', id: idField('priceId', 'Price ID') });
