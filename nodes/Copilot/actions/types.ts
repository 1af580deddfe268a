import type { IBinaryKeyData, IDataObject, INodeProperties } from 'n8n-workflow';

import type { ItemContext } from './ItemContext';

/** An entry of a resource's Operation dropdown. */
export interface OperationOption {
	name: string;
	value: string;
	action: string;
	description: string;
}

/** An output item that carries a file as well as JSON, such as a downloaded file. */
export class ItemWithBinary {
	constructor(
		readonly json: IDataObject,
		readonly binary: IBinaryKeyData,
	) {}
}

/** One operation: how it shows in the editor and what it does for one input item. */
export interface CopilotOperation {
	option: OperationOption;
	/** Its parameters; the resource adds the display options that show them for this operation only. */
	properties: INodeProperties[];
	/** What Copilot answered: one record, a list that becomes one item per record, or a record with a file. */
	execute(item: ItemContext): Promise<IDataObject | IDataObject[] | ItemWithBinary>;
}

export interface CopilotResource {
	name: string;
	value: string;
	operations: CopilotOperation[];
}
