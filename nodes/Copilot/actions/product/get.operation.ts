import { idField } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({ noun: 'product', collection: '/v1/products', id: idField('productId', 'Product ID') });
