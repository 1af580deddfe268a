import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { rfc3339 } from '../../fields/values';

/** The fields a task's create and update share, and how they become Copilot's body. */
export function taskFieldOptions(): INodeProperties[] {
	return [
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			description: 'Assign the task to this client; Company ID is then required too',
		},
		{
			displayName: 'Company ID',
			name: 'companyId',
			type: 'string',
			default: '',
			description: 'Assign the task to this company, or name the company of the client assigned',
		},
		{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 3 }, default: '' },
		{ displayName: 'Due Date', name: 'dueDate', type: 'dateTime', default: '' },
		{
			displayName: 'Internal User ID',
			name: 'internalUserId',
			type: 'string',
			default: '',
			description: 'Assign the task to this internal user',
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
		},
		{
			displayName: 'Viewer Client ID',
			name: 'viewerClientId',
			type: 'string',
			default: '',
			description:
				'A client who may see a task assigned to an internal user (give Viewer Company ID too). Copilot allows one viewer.',
		},
		{
			displayName: 'Viewer Company ID',
			name: 'viewerCompanyId',
			type: 'string',
			default: '',
			description: 'A company that may see a task assigned to an internal user, or the company of the viewer client',
		},
	];
}

/** The one viewer Copilot allows, from the two viewer fields; undefined when neither is set. */
export function viewerOf(fields: IDataObject): IDataObject | undefined {
	if (fields.viewerClientId === undefined && fields.viewerCompanyId === undefined) return undefined;
	const viewer: IDataObject = {};
	if (fields.viewerClientId !== undefined) viewer.clientId = fields.viewerClientId;
	if (fields.viewerCompanyId !== undefined) viewer.companyId = fields.viewerCompanyId;
	return viewer;
}

/** The shared fields as Copilot's body, dates in RFC 3339. */
export function taskBody(fields: IDataObject): IDataObject {
	return {
		name: fields.name,
		description: fields.description,
		status: fields.status,
		internalUserId: fields.internalUserId,
		clientId: fields.clientId,
		companyId: fields.companyId,
		dueDate: rfc3339(fields.dueDate),
	};
}
