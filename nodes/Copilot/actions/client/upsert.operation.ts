import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { customFieldsOf } from '../../fields/customFields';
import { definedOnly } from '../../fields/values';
import type { CopilotOperation } from '../types';
import { realChanges, upsertRecord } from '../upsert';
import { clientAdditionalFields, clientsWithEmail, createClient } from './creation';

const properties: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description:
			'Finds the client to update: the one with exactly this email, as Copilot’s own email filter matches (letter case included). Without one, a client is created with it. The output’s "upsert" field says created, updated or unchanged.',
	},
	{
		displayName: 'Given Name',
		name: 'givenName',
		type: 'string',
		default: '',
		description: 'The client’s first name. Required when the client has to be created; on update, changed only when given.',
	},
	{
		displayName: 'Family Name',
		name: 'familyName',
		type: 'string',
		default: '',
		description: 'The client’s last name. Required when the client has to be created; on update, changed only when given.',
	},
	clientAdditionalFields('Whether Copilot emails a client it creates an invitation to the portal (on create only)'),
];

/** A client's companies, from `companyIds` or, on older records, `companyId`. */
function companiesOf(client: IDataObject): unknown[] {
	if (Array.isArray(client.companyIds)) return client.companyIds;
	return client.companyId ? [client.companyId] : [];
}

/**
 * The Company ID to send, if it changes anything: Copilot's update replaces the client's companies with
 * the one given, which is no change only when it already is their only one.
 */
function companyChange(client: IDataObject, companyId: unknown): unknown {
	const companies = companiesOf(client);
	return companies.length === 1 && companies[0] === companyId ? undefined : companyId;
}

export const upsert: CopilotOperation = {
	option: {
		name: 'Create or Update',
		value: 'upsert',
		action: 'Create or update a client',
		description: 'Create a new record, or update the current one if it already exists (upsert)',
	},
	properties,
	async execute(item) {
		const email = item.text('email');
		if (email === '') throw item.error('Email is empty: Create or Update finds the client by email');
		const fields = item.fields('additionalFields');
		const givenName = item.text('givenName');
		const familyName = item.text('familyName');
		return await upsertRecord(item, {
			find: async (max) => await clientsWithEmail(item, email, max),
			create: async () => {
				if (givenName === '' || familyName === '') {
					throw item.error(
						`No client has the email ${email}, so one is created, and that needs Given Name and Family Name`,
						'Give both names, or map them from the input item with an expression.',
					);
				}
				return await createClient(item, { givenName, familyName, email }, fields);
			},
			changes: (client) => {
				const changes = realChanges(
					client,
					definedOnly({ givenName: givenName || undefined, familyName: familyName || undefined, customFields: customFieldsOf(item, fields) }),
				);
				const companyId = companyChange(client, fields.companyId);
				if (companyId !== undefined) changes.companyId = companyId as string;
				return changes;
			},
			collection: '/v1/clients',
			several: `clients have the email ${email}`,
			severalHint: 'Update the one you mean with Client › Update, or delete the others in Copilot.',
		});
	},
};
