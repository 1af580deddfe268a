import { getManyOperation } from '../generic';

export const getAll = getManyOperation({
	nouns: 'app installs',
	path: '/v1/installs',
	paginated: false,
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many app installs',
		description: 'List the apps installed in the workspace, with the ID each connection needs, one item each: at most Limit (50 by default), or every one with Return All',
	},
});
