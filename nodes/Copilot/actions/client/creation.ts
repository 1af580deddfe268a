import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { customFieldOptions, customFieldsOf } from '../../fields/customFields';
import { definedOnly } from '../../fields/values';
import type { ItemContext } from '../ItemContext';

/** Additional Fields of Client › Create and Create or Update. */
export function clientAdditionalFields(sendInviteDescription: string): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Company ID',
				name: 'companyId',
				type: 'string',
				default: '',
				description: 'The company the client belongs to. Without one, Copilot creates a placeholder company for the client.',
			},
			...customFieldOptions('client'),
			{
				displayName: 'Send Invite',
				name: 'sendInvite',
				type: 'boolean',
				default: false,
				description: sendInviteDescription,
			},
		],
	};
}

/** The clients with exactly this email, as Copilot's own filter finds them (at most `max`). */
export async function clientsWithEmail(item: ItemContext, email: string, max = 1): Promise<IDataObject[]> {
	return await item.api.list({ path: '/v1/clients', qs: { email }, paginated: true, max });
}

/**
 * Creates a client; should Copilot's answer be lost, the node looks the email up (Copilot keeps it
 * unique) and outputs the client it finds, rather than sending the create again.
 */
export async function createClient(item: ItemContext, person: { givenName: string; familyName: string; email: string }, fields: IDataObject) {
	return await item.createFindable(
		{
			method: 'POST',
			path: '/v1/clients',
			qs: { sendInvite: fields.sendInvite },
			body: definedOnly({ ...person, companyId: fields.companyId, customFields: customFieldsOf(item, fields) }),
		},
		{
			find: async () => (await clientsWithEmail(item, person.email))[0],
			notFound: `The node then looked for a client with the email ${person.email} and found none: Copilot did not create it, or had not finished. Look again (Client › Get Many, filter Email) before you run this item again.`,
			lookUpFailed: (reason) =>
				`The node then tried to look for a client with the email ${person.email}, but that failed too (${reason}), so whether Copilot created it is unknown. Look (Client › Get Many, filter Email) before you run this item again.`,
		},
	);
}
