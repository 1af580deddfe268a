import { textFilter } from '../../fields/list';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'clients',
	path: '/v1/clients',
	paginated: true,
	filters: [
		textFilter('companyId', 'Company ID', 'Only clients of this company'),
		textFilter('email', 'Email', 'Only the client with this email address (exact match)'),
		textFilter('familyName', 'Family Name', 'Only clients with this last name (exact, case-sensitive)'),
		textFilter('givenName', 'Given Name', 'Only clients with this first name (exact, case-sensitive)'),
	],
});
