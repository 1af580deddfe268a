import { channelFilters } from '../../fields/channels';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'message channels',
	path: '/v1/message-channels',
	paginated: true,
	filters: channelFilters(),
});
