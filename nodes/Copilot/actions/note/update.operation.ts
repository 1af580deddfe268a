import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../fields/locators';
import { definedOnly } from '../../fields/values';
import { resourcePath } from '../../transport/client';
import type { CopilotOperation } from '../types';

const properties: INodeProperties[] = [
	idField('noteId', 'Note ID'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
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
				description: 'The note’s body as HTML',
			},
			{ displayName: 'Title', name: 'title', type: 'string', default: '' },
		],
	},
];

export const update: CopilotOperation = {
	option: { name: 'Update', value: 'update', action: 'Update a note', description: 'Change a note’s title or content' },
	properties,
	async execute(item) {
		const noteId = item.id('noteId');
		const fields = item.fields('updateFields');
		const body = item.updateBody(definedOnly({ title: fields.title, content: fields.content }));
		return await item.request({ method: 'PATCH', path: resourcePath('/v1/notes', noteId), body });
	},
};
