import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { calendarDateOf, dueDateOf } from '../../fields/dueDate';
import { definedOnly } from '../../fields/values';
import type { ItemContext } from '../ItemContext';

/** The fields a task's create and update share, and how they become Copilot's body. */
export function taskFieldOptions(): INodeProperties[] {
	return [
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			description:
				'Assign the task to this client, with Company ID naming the client’s company (on create Copilot works it out for a client of one company)',
		},
		{
			displayName: 'Company ID',
			name: 'companyId',
			type: 'string',
			default: '',
			description: 'Assign the task to this company, or name the company of the client assigned',
		},
		{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 3 }, default: '' },
		{
			displayName: 'Due Date',
			name: 'dueDate',
			type: 'dateTime',
			default: '',
			description:
				'The day the task is due. Copilot keeps a date without a time: the date chosen here is sent as it is, whatever the time zone of n8n; a time with an offset counts by the date in its own offset. Copilot refuses a date before today (in UTC).',
		},
		{
			displayName: 'Internal User ID',
			name: 'internalUserId',
			type: 'string',
			default: '',
			description: 'Assign the task to this internal user (not together with a client or company)',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'To Do', value: 'todo' },
				{ name: 'In Progress', value: 'inProgress' },
				{ name: 'Completed', value: 'completed' },
			],
			default: 'todo',
			description: 'On create, To Do unless set here or taken from the template',
		},
		{
			displayName: 'Viewer Client ID',
			name: 'viewerClientId',
			type: 'string',
			default: '',
			description:
				'A client who may see a task assigned to an internal user; give their company as Viewer Company ID too. Copilot allows one viewer.',
		},
		{
			displayName: 'Viewer Company ID',
			name: 'viewerCompanyId',
			type: 'string',
			default: '',
			description:
				'A company that may see a task assigned to an internal user, or the company of Viewer Client ID. Every viewer needs it.',
		},
	];
}

/**
 * Copilot's viewers as its server takes them on create and update: an array of at most one viewer,
 * each naming its company (copilot-platforms/tasks-app, src/types/dto/tasks.dto.ts, ViewersSchema).
 * Undefined when no viewer field is set.
 */
export function viewersOf(fields: IDataObject): IDataObject[] | undefined {
	if (fields.viewerClientId === undefined && fields.viewerCompanyId === undefined) return undefined;
	return [definedOnly({ clientId: fields.viewerClientId, companyId: fields.viewerCompanyId })];
}

/**
 * What Copilot's tasks server refuses about who a task is for (tasks-app: public.dto.ts,
 * publicTaskCreateDtoSchemaFactory; tasks.dto.ts, validateUserIds; public.service.ts, createTask),
 * said before it is asked; undefined when there is nothing to refuse. `creating`: a task needs an
 * assignee, and a client's company may be left to Copilot; an update naming a client needs its company.
 */
export function assignmentProblem(fields: IDataObject, creating: boolean): string | undefined {
	const { internalUserId, clientId, companyId } = fields;
	if (creating && internalUserId === undefined && clientId === undefined && companyId === undefined) {
		return 'A task needs an assignee: add Internal User ID, Client ID or Company ID under Additional Fields';
	}
	if (internalUserId !== undefined && (clientId !== undefined || companyId !== undefined)) {
		return 'Assign the task to an internal user, or to a client or company, not both';
	}
	if (!creating && clientId !== undefined && companyId === undefined) {
		return 'Add Company ID with Client ID: Copilot needs the company of the client a task is assigned to';
	}
	if (fields.viewerClientId !== undefined && fields.viewerCompanyId === undefined) {
		return 'Add Viewer Company ID with Viewer Client ID: Copilot needs the company of every viewer';
	}
	if (creating && (fields.viewerClientId !== undefined || fields.viewerCompanyId !== undefined) && internalUserId === undefined) {
		return 'Only a task assigned to an internal user can have a viewer: add Internal User ID, or remove the viewer';
	}
	return undefined;
}

/** The Due Date as Copilot is sent it (see fields/dueDate.ts); undefined when unset, an item error when no date. */
export function dueDateField(item: ItemContext, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const date = calendarDateOf(value, item.functions.getTimezone());
	if (date === undefined) {
		throw item.error(`Due Date must be a date, such as 2026-03-10, not ${JSON.stringify(value)}`);
	}
	return dueDateOf(date);
}

/** The shared fields as Copilot's body, the due date as the calendar date chosen. */
export function taskBody(item: ItemContext, fields: IDataObject): IDataObject {
	return {
		name: fields.name,
		description: fields.description,
		status: fields.status,
		internalUserId: fields.internalUserId,
		clientId: fields.clientId,
		companyId: fields.companyId,
		dueDate: dueDateField(item, fields.dueDate),
	};
}
