import { choiceFilter, textFilter } from '../../fields/list';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'contracts',
	path: '/v1/contracts',
	paginated: false,
	filters: [
		textFilter('clientId', 'Client ID', 'Only contracts sent to this client'),
		textFilter('contractTemplateId', 'Contract Template ID', 'Only contracts from this template'),
		choiceFilter(
			'status',
			'Status',
			[
				['Pending', 'pending'],
				['Signed', 'signed'],
			],
			'Only contracts in this state',
		),
	],
});
