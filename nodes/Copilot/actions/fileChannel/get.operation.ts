import { idField } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({
	noun: 'file channel',
	collection: '/v1/channels/files',
	id: idField('fileChannelId', 'File Channel ID'),
});
