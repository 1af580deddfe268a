import { textFilter } from '../../fields/list';
import { idField } from '../../fields/locators';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'files',
	path: '/v1/files',
	paginated: true,
	required: [idField('channelId', 'File Channel ID', 'The file channel to list')],
	query: (item) => ({ channelId: item.id('channelId') }),
	filters: [textFilter('path', 'Path', 'Only what is in this folder path, e.g. Onboarding')],
});
