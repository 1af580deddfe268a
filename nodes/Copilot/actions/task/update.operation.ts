import type { INodeProperties } from 'n8n-workflow';

import { taskLocator } from '../../fields/locators';
import { sortedByName } from '../../fields/list';
import { definedOnly } from '../../fields/values';
import { resourcePath } from '../../transport/client';
import type { CopilotOperation } from '../types';
import { assignmentProblem, taskBody, taskFieldOptions, viewersOf } from './fields';

const properties: INodeProperties[] = [
	taskLocator(),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: sortedByName([
			...taskFieldOptions(),
			{
				displayName: 'Is Archived',
				name: 'isArchived',
				type: 'boolean',
				default: false,
				description: 'Whether the task is archived',
			},
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		]),
	},
];

export const update: CopilotOperation = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a task',
		description: 'Change the given fields of a task, e.g. mark it completed',
	},
	properties,
	async execute(item) {
		const taskId = item.id('taskId');
		const fields = item.fields('updateFields');
		const problem = assignmentProblem(fields, false);
		if (problem) throw item.error(problem);
		const body = item.updateBody(definedOnly({ ...taskBody(item, fields), isArchived: fields.isArchived, viewers: viewersOf(fields) }));
		return await item.request({ method: 'PATCH', path: resourcePath('/v1/tasks', taskId), body });
	},
};
