import { loadedOptionField } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({
	noun: 'form',
	collection: '/v1/forms',
	id: loadedOptionField('formId', 'Form Name or ID', 'getForms', 'The form'),
});
