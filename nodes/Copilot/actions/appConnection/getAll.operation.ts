import { textFilter } from '../../fields/list';
import { resourcePath } from '../../transport/client';
import { installField } from '../appInstall/fields';
import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'app connections',
	path: (item) => resourcePath('/v1/installs', item.id('installId'), 'connections'),
	paginated: false,
	required: [installField()],
	filters: [
		textFilter('clientId', 'Client ID', 'Only the connections this client sees'),
		textFilter('companyId', 'Company ID', 'Only the connections of this company'),
	],
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many app connections',
		description: 'List the connections of an installed app, for a client or a company, one item each: at most Limit (50 by default), or every one with Return All',
	},
});
