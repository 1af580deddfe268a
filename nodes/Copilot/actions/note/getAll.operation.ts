import { choiceFilter, textFilter } from '../../fields/list';
import { getManyOperation } from '../generic';
import { NOTE_ENTITY_TYPES } from './entityTypes';

export const getAll = getManyOperation({
	nouns: 'notes',
	path: '/v1/notes',
	paginated: true,
	filters: [
		choiceFilter(
			'entityType',
			'Attached To',
			NOTE_ENTITY_TYPES.map(({ name, value }) => [name, value]),
			'Only notes about clients, or only notes about companies',
		),
		textFilter('entityId', 'Client or Company ID', 'Only notes about this client or company (set Attached To as well)'),
	],
});
