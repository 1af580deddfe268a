import { channelFilters } from '../../fields/channels';
import { textFilter } from '../../fields/list';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'file channels',
	path: '/v1/channels/files',
	paginated: true,
	filters: [...channelFilters(), textFilter('companyId', 'Company ID', 'Only channels of this company')],
});
