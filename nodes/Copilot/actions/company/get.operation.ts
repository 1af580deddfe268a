import { companyLocator } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({ noun: 'company', collection: '/v1/companies', id: companyLocator() });
