import { messageChannelLocator } from '../../fields/locators';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'messages',
	path: '/v1/messages',
	paginated: true,
	required: [messageChannelLocator()],
	query: (item) => ({ channelId: item.id('channelId') }),
});
