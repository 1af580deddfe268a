import type { INodeProperties } from 'n8n-workflow';

import { sortedByName } from '../../fields/list';
import { definedOnly } from '../../fields/values';
import type { CopilotOperation } from '../types';
import { assignmentProblem, taskBody, taskFieldOptions, viewersOf } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Upload your signed engagement letter',
		description:
			'The task’s title. Required unless a template is chosen. With a template, Copilot puts this name before the template’s (Acme and a template named Onboarding give "Acme Onboarding"), and a Description before the template’s text. Add the assignee under Additional Fields; Status is To Do unless set there or taken from the template.',
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
		const fromTemplate = fields.templateId !== undefined;
		if (name === '' && !fromTemplate) {
			throw item.error('A task needs a Name, or a Template under Additional Fields');
		}
		const problem = assignmentProblem(fields, true);
		if (problem) throw item.error(problem);
		return await item.request({
			method: 'POST',
			path: '/v1/tasks',
			check: 'Look for the task in Copilot (Task › Get Many, filtered by its assignee) before you run this item again.',
			body: definedOnly({
				...taskBody(item, { ...fields, name: name === '' ? undefined : name }),
				// Copilot requires a status unless the task comes from a template, which brings its own.
				status: fields.status ?? (fromTemplate ? undefined : 'todo'),
				parentTaskId: fields.parentTaskId,
				templateId: fields.templateId,
				viewers: viewersOf(fields),
			}),
		});
	},
};
