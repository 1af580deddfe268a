import type { INodeProperties } from 'n8n-workflow';

import { definedOnly } from '../../fields/values';
import type { CopilotOperation } from '../types';
import { NOTE_ENTITY_TYPES } from './entityTypes';

const properties: INodeProperties[] = [
	{
		displayName: 'Attach To',
		name: 'entityType',
		type: 'options',
		options: NOTE_ENTITY_TYPES,
		default: 'client',
		description: 'Whether the note is about a client or a company',
	},
	{
		displayName: 'Client or Company ID',
		name: 'entityId',
		type: 'string',
		required: true,
		default: '',
		description: 'The ID of the client or company the note is about',
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		description: 'Plain text on one line',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Content',
				name: 'content',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				description: 'The note’s body as HTML, such as &lt;p&gt;Called about the renewal&lt;/p&gt;',
			},
		],
	},
];

export const create: CopilotOperation = {
	option: { name: 'Create', value: 'create', action: 'Create a note', description: 'Add a note to a client or a company' },
	properties,
	async execute(item) {
		return await item.request({
			method: 'POST',
			path: '/v1/notes',
			check: 'Look for the note (Note › Get Many for its client or company) before you run this item again.',
			body: definedOnly({
				entityType: item.text('entityType'),
				entityId: item.text('entityId'),
				title: item.text('title'),
				content: item.fields('additionalFields').content,
			}),
		});
	},
};
