import { textFilter } from '../../fields/list';
import { loadedOptionField } from '../../fields/locators';
import { resourcePath } from '../../transport/client';
import { getManyOperation } from '../generic';

export const getOptions = getManyOperation({
	nouns: 'custom field options',
	path: (item) => resourcePath('/v1/custom-fields', item.id('customFieldId'), 'options'),
	paginated: false,
	required: [
		loadedOptionField('customFieldId', 'Custom Field Name or ID', 'getCustomFields', 'The select or multi-select field'),
	],
	filters: [textFilter('label', 'Label', 'Only the option with this label')],
	option: {
		name: 'Get Options',
		value: 'getOptions',
		action: 'Get the options of a custom field',
		description: 'List the choices of a select or multi-select custom field',
	},
});
