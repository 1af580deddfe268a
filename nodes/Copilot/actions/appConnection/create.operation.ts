import type { INodeProperties } from 'n8n-workflow';

import { definedOnly, idList } from '../../fields/values';
import { resourcePath } from '../../transport/client';
import { installField } from '../appInstall/fields';
import type { CopilotOperation } from '../types';

const properties: INodeProperties[] = [
	installField(),
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Embed', value: 'embed', description: 'Shown inside the portal, from a public URL or an iframe' },
			{ name: 'Link', value: 'link', description: 'A link that opens the content' },
		],
		default: 'embed',
	},
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://dashboards.example.com/clients/ava',
		description: 'What the members see: a public URL, or an iframe',
	},
	{
		displayName: 'Company ID',
		name: 'companyId',
		type: 'string',
		default: '',
		description:
			'The company whose clients see the content; with Client IDs, the company of those clients when they belong to several',
	},
	{
		displayName: 'Client IDs',
		name: 'clientIds',
		type: 'string',
		default: '',
		description: 'Comma-separated clients who see the content, all of one company. Give this, Company ID, or both.',
	},
];

export const create: CopilotOperation = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create an app connection',
		description: 'Give a client or a company their own content in a custom app, such as a dashboard link',
	},
	properties,
	async execute(item) {
		const companyId = item.text('companyId');
		const clientIds = idList(item.parameter('clientIds', ''));
		if (companyId === '' && clientIds.length === 0) {
			throw item.error('Add Company ID or Client IDs: Copilot needs to know who the connection is for');
		}
		return await item.request({
			method: 'POST',
			path: resourcePath('/v1/installs', item.id('installId'), 'connections'),
			check: 'Look at the app’s connections (App Connection › Get Many) before you run this item again.',
			body: definedOnly({
				type: item.text('type'),
				content: item.text('content'),
				companyId: companyId === '' ? undefined : companyId,
				clientIds: clientIds.length > 0 ? clientIds : undefined,
			}),
		});
	},
};
