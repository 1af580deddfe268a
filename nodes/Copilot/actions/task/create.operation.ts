import type { INodeProperties } from 'n8n-workflow';

import { sortedByName } from '../../fields/list';
import { definedOnly } from '../../fields/values';
import type { CopilotOperation } from '../types';
import { taskBody, taskFieldOptions, viewerOf } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Upload your signed engagement letter',
		description: 'The task’s title. Required unless a template is chosen, whose name is then used.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: sortedByName([
			...taskFieldOptions(),
			{
				displayName: 'Parent Task ID',
				name: 'parentTaskId',
				type: 'string',
				default: '',
				description: 'Makes the new task a subtask of this one',
			},
			{
				displayName: 'Template Name or ID',
				name: 'templateId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getTaskTemplates' },
				default: '',
				description:
					'The task template to create the task from. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		]),
	},
];

export const create: CopilotOperation = {
	option: { name: 'Create', value: 'create', action: 'Create a task', description: 'Create a task, from scratch or from a template' },
	properties,
	async execute(item) {
		const fields = item.fields('additionalFields');
		const name = item.text('name');
		if (name === '' && fields.templateId === undefined) {
			throw item.error('A task needs a Name, or a Template under Additional Fields');
		}
		const viewer = viewerOf(fields);
		return await item.request({
			method: 'POST',
			path: '/v1/tasks',
			check: 'Look for the task in Copilot (Task › Get Many, filtered by its assignee) before you run this item again.',
			body: definedOnly({
				...taskBody({ ...fields, name: name === '' ? undefined : name }),
				parentTaskId: fields.parentTaskId,
				templateId: fields.templateId,
				viewers: viewer ? [viewer] : undefined,
			}),
		});
	},
};
