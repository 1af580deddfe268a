import type { INodeProperties } from 'n8n-workflow';

import { loadedOptionField } from '../../fields/locators';
import type { CopilotOperation } from '../types';

const properties: INodeProperties[] = [
	loadedOptionField('formId', 'Form Name or ID', 'getForms', 'The form to ask for'),
	{
		displayName: 'Recipients',
		name: 'recipients',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Recipient',
		required: true,
		default: {},
		options: [
			{
				displayName: 'Recipient',
				name: 'recipient',
				values: [
					{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '', description: 'The client asked to fill in the form' },
					{
						displayName: 'Company ID',
						name: 'companyId',
						type: 'string',
						default: '',
						description: 'One of the client’s companies, the one the response is for. Copilot requires it for every recipient.',
					},
				],
			},
		],
	},
];

export const request: CopilotOperation = {
	option: {
		name: 'Request',
		value: 'request',
		action: 'Request a form response',
		description: 'Ask clients to fill in a form',
	},
	properties,
	async execute(item) {
		const recipients = (item.parameter<{ recipient?: Array<{ clientId?: string; companyId?: string }> }>('recipients', {})
			.recipient ?? [])
			.map(({ clientId, companyId }) => ({ clientId: String(clientId ?? '').trim(), companyId: String(companyId ?? '').trim() }))
			.filter(({ clientId, companyId }) => clientId !== '' || companyId !== '');
		if (recipients.length === 0) throw item.error('Add at least one recipient with a Client ID and a Company ID');
		const incomplete = recipients.findIndex(({ clientId, companyId }) => clientId === '' || companyId === '');
		if (incomplete >= 0) {
			throw item.error(
				`Recipient ${incomplete + 1} needs both a Client ID and a Company ID`,
				'Copilot asks each client for a response on behalf of one of their companies, so it requires both for every recipient.',
			);
		}
		const answer = await item.request({
			method: 'POST',
			path: '/v1/form-responses',
			check: 'Look at the form’s responses (Form Response › Get Many) before you run this item again: a second run would ask the clients twice.',
			body: { formId: item.text('formId'), clientCompanyIds: recipients },
		});
		return Array.isArray(answer.data) ? (answer.data as typeof answer[]) : answer;
	},
};
