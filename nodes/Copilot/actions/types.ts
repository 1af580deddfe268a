import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ItemContext } from './ItemContext';

/** An entry of a resource's Operation dropdown. */
export interface OperationOption {
	name: string;
	value: string;
	action: string;
	description: string;
}

/** One operation: how it shows in the editor and what it does for one input item. */
export interface CopilotOperation {
	option: OperationOption;
	/** Its parameters; the resource adds the display options that show them for this operation only. */
	properties: INodeProperties[];
	/** What Copilot answered: one record, or a list that becomes one item per record. */
	execute(item: ItemContext): Promise<IDataObject | IDataObject[]>;
}

export interface CopilotResource {
	name: string;
	value: string;
	operations: CopilotOperation[];
}
