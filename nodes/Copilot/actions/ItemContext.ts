import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type NodeParameterValueType,
} from 'n8n-workflow';

import { isPlainRecord } from '../fields/values';
import type { CopilotClient, CopilotRequest, ListRequest } from '../transport/client';
import { reasonOf } from '../transport/errors';

/** How to find the record of a create whose answer was lost, and what to say when it cannot be found. */
export interface Findable {
	find: () => Promise<IDataObject | undefined>;
	/** The look-up found nothing. */
	notFound: string;
	/** The look-up failed too, for `reason`: whether Copilot created the record is unknown. */
	lookUpFailed: (reason: string) => string;
}


/**
 * One input item's view of the node: its parameters with its own expressions resolved, and the
 * execution's Copilot client.
 */
export class ItemContext {
	constructor(
		readonly functions: IExecuteFunctions,
		readonly index: number,
		readonly api: CopilotClient,
	) {}

	parameter<T = NodeParameterValueType>(name: string, fallback?: T): T {
		return this.functions.getNodeParameter(name, this.index, fallback) as T;
	}

	/** A string parameter, trimmed; '' when unset. */
	text(name: string): string {
		const value = this.parameter<unknown>(name, '');
		return value === undefined || value === null ? '' : String(value).trim();
	}

	/** The id in a resource locator (any mode) or a plain string parameter; refuses an empty one. */
	id(name: string): string {
		const raw = this.functions.getNodeParameter(name, this.index, '', { extractValue: true }) as unknown;
		const value = isPlainRecord(raw) ? raw.value : raw;
		const id = value === undefined || value === null ? '' : String(value).trim();
		if (id === '') throw this.error(`The parameter "${name}" is empty: give the ID of the record`);
		return id;
	}

	/** A collection parameter without the fields left empty. */
	fields(name: string): IDataObject {
		const collection = this.parameter<IDataObject>(name, {});
		return Object.fromEntries(Object.entries(collection ?? {}).filter(([, value]) => value !== '' && value !== undefined));
	}

	/** A JSON parameter (text or, from an expression, already an object) that must be a JSON object. */
	jsonObject(label: string, value: unknown): IDataObject {
		if (isPlainRecord(value)) return value;
		if (typeof value === 'string') {
			if (value.trim() === '') return {};
			try {
				const parsed: unknown = JSON.parse(value);
				if (isPlainRecord(parsed)) return parsed;
			} catch {
				// Reported below with the same message as any other non-object.
			}
		}
		throw this.error(`${label} must be a JSON object, such as {"key": "value"}`);
	}

	/** One request whose answer becomes one item: Copilot's record, or `{ success: true }` for an empty answer. */
	async request(request: CopilotRequest): Promise<IDataObject> {
		const body = await this.api.request(request);
		if (isPlainRecord(body)) return body;
		return body === undefined || body === null || body === '' ? { success: true } : { response: body as IDataObject };
	}

	/**
	 * A create whose record can be found for certain by a field Copilot keeps unique (a client's email,
	 * a company's name). When Copilot may have done it but its answer was lost, the node looks: the
	 * record found is the output (it was created, once); none found, or a look-up that fails too,
	 * fails the item saying which.
	 */
	async createFindable(request: CopilotRequest, findable: Findable): Promise<IDataObject> {
		const outcome = await this.request(request).then(
			(record) => ({ record }),
			(error: unknown) => ({ error }),
		);
		if ('record' in outcome) return outcome.record;
		const { error } = outcome;
		if (!(error instanceof NodeApiError) || !error.context.mayHaveBeenDone) throw error;
		const looked = await findable.find().then(
			(found) => ({ found }),
			(lookUpError: unknown) => ({ lookUpError }),
		);
		if ('lookUpError' in looked) {
			error.description = findable.lookUpFailed(reasonOf(looked.lookUpError));
			throw error;
		}
		if (looked.found) return looked.found;
		error.description = findable.notFound;
		throw error;
	}

	/** A list endpoint, honouring the operation's Return All and Limit, in pages as large as Copilot serves. */
	async list(request: Omit<ListRequest, 'max' | 'largePages'>): Promise<IDataObject[]> {
		const returnAll = this.parameter<boolean>('returnAll', false);
		const max = returnAll ? undefined : this.limit();
		return await this.api.list({ ...request, max, largePages: true });
	}

	/** Limit, which may come from an expression: a whole number of at least 1. */
	private limit(): number {
		const raw = this.parameter<unknown>('limit', 50);
		const limit = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
		if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
			throw this.error(`Limit must be a whole number of at least 1, not ${JSON.stringify(raw)}`, 'Turn on Return All to get every record.');
		}
		return limit;
	}

	/**
	 * The body of an update, refused before Copilot is asked when it would change nothing.
	 * `alsoGiven`: something outside the body (such as a query parameter) was set.
	 */
	updateBody(body: IDataObject, alsoGiven = false): IDataObject {
		if (Object.keys(body).length === 0 && !alsoGiven) {
			throw this.error('Nothing to update: add at least one field under Update Fields');
		}
		return body;
	}

	error(message: string, description?: string): NodeOperationError {
		return new NodeOperationError(this.functions.getNode(), message, { itemIndex: this.index, description });
	}
}
