import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ItemContext } from '../actions/ItemContext';
import { choiceFilter, textFilter } from './list';
import { definedOnly, idList } from './values';

/**
 * Message channels and file channels are made the same way: who is in them (one client, a
 * company, or a group of clients) and the ids that say which.
 */
const MEMBERSHIP_TYPES: Array<[string, string]> = [
	['Individual', 'individual'],
	['Company', 'company'],
	['Group', 'group'],
];

export function channelCreateProperties(): INodeProperties[] {
	return [
		{
			displayName: 'Membership Type',
			name: 'membershipType',
			type: 'options',
			options: MEMBERSHIP_TYPES.map(([name, value]) => ({ name, value })),
			default: 'individual',
			description: 'Individual: one client (Client ID). Company: a company’s clients (Company ID). Group: the clients in Member IDs.',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Client ID',
					name: 'clientId',
					type: 'string',
					default: '',
					description: 'The client of an individual channel',
				},
				{
					displayName: 'Company ID',
					name: 'companyId',
					type: 'string',
					default: '',
					description: 'The company of a company channel, or the company of clients who belong to several',
				},
				{
					displayName: 'Member IDs',
					name: 'memberIds',
					type: 'string',
					default: '',
					description: 'Comma-separated client IDs: the members of a group channel',
				},
			],
		},
	];
}

/** What each membership type needs, as Copilot's SDK describes createMessageChannel and createFileChannel. */
const REQUIRED_BY_TYPE: Record<string, { field: string; label: string }> = {
	individual: { field: 'clientId', label: 'Client ID' },
	company: { field: 'companyId', label: 'Company ID' },
	group: { field: 'memberIds', label: 'Member IDs' },
};

/**
 * What a create of either kind of channel sends, from the parameters of channelCreateProperties;
 * refused before Copilot is asked when the membership type's own ids are missing.
 */
export function channelCreateBody(item: ItemContext): IDataObject {
	const fields = item.fields('additionalFields');
	const membershipType = item.text('membershipType');
	const body = definedOnly({
		membershipType,
		clientId: fields.clientId,
		companyId: fields.companyId,
		memberIds: fields.memberIds === undefined ? undefined : idList(fields.memberIds),
	});
	const required = REQUIRED_BY_TYPE[membershipType];
	const value = required && body[required.field];
	if (required && (value === undefined || (Array.isArray(value) && value.length === 0))) {
		throw item.error(`A channel of membership type "${membershipType}" needs ${required.label}: add it under Additional Fields`);
	}
	return body;
}

export function channelFilters(): INodeProperties[] {
	return [
		textFilter('clientId', 'Client ID', 'Only the individual channels of this client'),
		textFilter('memberId', 'Member ID', 'Only channels this client or internal user is a member of'),
		choiceFilter('membershipType', 'Membership Type', MEMBERSHIP_TYPES, 'Only channels of this kind'),
	];
}
