import { textFilter } from '../../fields/list';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'notifications',
	path: '/v1/notifications',
	paginated: false,
	filters: [
		{
			displayName: 'Include Read',
			name: 'includeRead',
			type: 'boolean',
			default: false,
			description: 'Whether to list notifications already read too',
		},
		textFilter('recipientClientId', 'Recipient Client ID', 'Only notifications for this client'),
		textFilter('recipientInternalUserId', 'Recipient Internal User ID', 'Only notifications for this internal user'),
	],
});
