import { companyLocator } from '../../fields/locators';
import { deleteOperation } from '../generic';

export const deleteCompany = deleteOperation({ noun: 'company', collection: '/v1/companies', id: companyLocator() });
