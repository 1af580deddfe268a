import { loadedOptionField } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({
	noun: 'contract template',
	collection: '/v1/contract-templates',
	id: loadedOptionField('contractTemplateId', 'Contract Template Name or ID', 'getContractTemplates', 'The contract template'),
});
