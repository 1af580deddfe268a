import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { filtersCollection, returnAllAndLimit } from '../fields/list';
import { resourcePath } from '../transport/client';
import type { ItemContext } from './ItemContext';
import type { CopilotOperation, OperationOption } from './types';

/**
 * The operations that look the same for every resource: get one by ID, delete one by ID, and
 * list with Return All / Limit and the endpoint's filters.
 */

function article(noun: string): string {
	return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

interface RecordSpec {
	/** Lower-case singular, as in "Get a client". */
	noun: string;
	/** The collection's path, such as `/v1/clients`. */
	collection: string;
	/** The parameter that names the record (a resource locator or an ID field). */
	id: INodeProperties;
	/** Copilot allows it only to a custom app's key: the description says so, and a 403 does too. */
	customAppOnly?: boolean;
}

export function getOperation({ noun, collection, id }: RecordSpec): CopilotOperation {
	return {
		option: { name: 'Get', value: 'get', action: `Get ${article(noun)}`, description: `Retrieve ${article(noun)} by ID` },
		properties: [id],
		execute: async (item) => await item.request({ method: 'GET', path: resourcePath(collection, item.id(id.name)) }),
	};
}

export function deleteOperation({ noun, collection, id, customAppOnly = false }: RecordSpec): CopilotOperation {
	const allowed = customAppOnly ? '; Copilot allows this only to a custom app’s key' : '';
	return {
		option: { name: 'Delete', value: 'delete', action: `Delete ${article(noun)}`, description: `Delete ${article(noun)} permanently (it cannot be undone${allowed})` },
		properties: [id],
		execute: async (item) => await item.request({ method: 'DELETE', path: resourcePath(collection, item.id(id.name)), customAppOnly }),
	};
}

interface ListSpec {
	/** Lower-case plural, as in "Get many clients". */
	nouns: string;
	/** The list's path, or how to build it from the item's parameters (lists below a record). */
	path: string | ((item: ItemContext) => string);
	/** Whether Copilot pages this list; the others come whole and are cut to the limit here. */
	paginated: boolean;
	/** Parameters shown above Return All, such as the record a list belongs to. */
	required?: INodeProperties[];
	/** Query filters, each named as Copilot's query parameter. */
	filters?: INodeProperties[];
	/** Query parameters taken from the required parameters. */
	query?: (item: ItemContext) => IDataObject;
	/** For lists that are not a resource's "Get Many", such as a custom field's options. */
	option?: OperationOption;
}

export function getManyOperation({ nouns, path, paginated, required = [], filters = [], query, option }: ListSpec): CopilotOperation {
	return {
		option: option ?? { name: 'Get Many', value: 'getAll', action: `Get many ${nouns}`, description: `List ${nouns}, one item each: at most Limit (50 by default), or every one with Return All` },
		properties: [...required, ...returnAllAndLimit(), ...filtersCollection(filters)],
		execute: async (item) =>
			await item.list({
				path: typeof path === 'string' ? path : path(item),
				qs: { ...(filters.length > 0 ? item.fields('filters') : {}), ...query?.(item) },
				paginated,
			}),
	};
}
