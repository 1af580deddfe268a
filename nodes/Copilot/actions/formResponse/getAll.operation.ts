import { loadedOptionField } from '../../fields/locators';
import { resourcePath } from '../../transport/client';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'form responses',
	path: (item) => resourcePath('/v1/forms', item.id('formId'), 'form-responses'),
	paginated: false,
	required: [loadedOptionField('formId', 'Form Name or ID', 'getForms', 'The form whose responses to list')],
});
