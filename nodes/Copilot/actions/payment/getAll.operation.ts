import { textFilter } from '../../fields/list';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'payments',
	path: '/v1/payments',
	paginated: true,
	filters: [textFilter('invoiceId', 'Invoice ID', 'Only the payments of this invoice')],
});
