import { textFilter } from '../../fields/list';
import { getManyOperation } from '../generic';

/** Copilot pages its notifications as its other lists (tasks-app CopilotAPI.ts sends limit), 100 a page by default. */
export const getAll = getManyOperation({
	nouns: 'notifications',
	path: '/v1/notifications',
	paginated: true,
	filters: [
		{
			displayName: 'Include Read',
			name: 'includeRead',
			type: 'boolean',
			default: false,
			description: 'Whether to list notifications already read too',
		},
		textFilter('recipientClientId', 'Recipient Client ID', 'Only notifications for this client'),
		textFilter('recipientCompanyId', 'Recipient Company ID', 'Only notifications for this company, or for its clients as members of it'),
		textFilter('recipientInternalUserId', 'Recipient Internal User ID', 'Only notifications for this internal user'),
	],
});
