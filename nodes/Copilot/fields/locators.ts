import type { INodeProperties } from 'n8n-workflow';

const UUID_EXAMPLE = 'e.g. 6815623f-2661-4954-a42f-f68766dec711';

interface LocatorSpec {
	name: string;
	displayName: string;
	/** The list-search method behind "From List"; without one, only "By ID" is offered. */
	searchListMethod?: string;
	description?: string;
}

/** A record picked from a searchable list or given by its ID, as n8n's own nodes offer it. */
export function recordLocator({ name, displayName, searchListMethod, description }: LocatorSpec): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: searchListMethod ? 'list' : 'id', value: '' },
		required: true,
		description: description ?? `The ${displayName.toLowerCase()}: pick it from the list, or give its ID, as its Get Many gives it`,
		modes: [
			...(searchListMethod
				? [
						{
							displayName: 'From List',
							name: 'list',
							type: 'list' as const,
							placeholder: `Select a ${displayName.toLowerCase()}...`,
							typeOptions: { searchListMethod, searchable: true },
						},
					]
				: []),
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: UUID_EXAMPLE },
		],
	};
}

export const clientLocator = (name = 'clientId', displayName = 'Client') =>
	recordLocator({ name, displayName, searchListMethod: 'searchClients' });

export const companyLocator = (name = 'companyId', displayName = 'Company') =>
	recordLocator({ name, displayName, searchListMethod: 'searchCompanies' });

export const taskLocator = (name = 'taskId', displayName = 'Task') =>
	recordLocator({ name, displayName, searchListMethod: 'searchTasks' });

export const internalUserLocator = (name = 'internalUserId', displayName = 'Internal User') =>
	recordLocator({ name, displayName, searchListMethod: 'searchInternalUsers' });

export const messageChannelLocator = (name = 'channelId', displayName = 'Message Channel') =>
	recordLocator({ name, displayName, searchListMethod: 'searchMessageChannels' });

/** A record of a kind without a list to pick from: its ID, as text. */
export function idField(name: string, displayName: string, description?: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		required: true,
		placeholder: UUID_EXAMPLE,
		description: description ?? `The ID of the ${displayName.replace(/ ID$/, '').toLowerCase()}, as its Get Many gives it`,
	};
}

/** A record chosen from a dropdown that n8n fills from Copilot, or given by an expression. */
export function loadedOptionField(
	name: string,
	displayName: string,
	loadOptionsMethod: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod },
		default: '',
		required: true,
		description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}
