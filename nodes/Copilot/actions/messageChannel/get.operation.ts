import { messageChannelLocator } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({
	noun: 'message channel',
	collection: '/v1/message-channels',
	id: messageChannelLocator('messageChannelId'),
});
