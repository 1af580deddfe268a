import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { CopilotClient } from '../transport/client';
import { CancelledError } from '../transport/wait';
import { ItemContext } from './ItemContext';
import { RESOURCES } from './resources';
import { runsAsTool, TOOL_MAX_WAIT_MS } from './tool/runsAsTool';
import { whatToDo } from './tool/toolFailure';
import { ItemWithBinary, type CopilotOperation } from './types';

function findOperation(functions: IExecuteFunctions, resource: string, operation: string): CopilotOperation {
	const found = RESOURCES.find((candidate) => candidate.value === resource)?.operations.find(
		(candidate) => candidate.option.value === operation,
	);
	if (!found) {
		throw new NodeOperationError(functions.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
	}
	return found;
}

/** What an item that failed under "On Error: Continue" holds: Copilot's message, code and status. */
function errorJson(error: Error & { httpCode?: string | null; context?: IDataObject }): IDataObject {
	const json: IDataObject = { error: error.message };
	if (error.context?.copilotCode) json.code = error.context.copilotCode;
	if (error.httpCode) json.httpCode = error.httpCode;
	if (error.context?.mayHaveBeenDone) json.mayHaveBeenDone = true;
	return json;
}

/** The error as n8n shows it, naming the input item that failed. */
function atItem(functions: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(functions.getNode(), error as Error, { itemIndex });
}

/**
 * Runs the chosen operation once per input item, each with its own parameters; the client keeps the
 * requests within Copilot's rate limit.
 */
export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = findOperation(this, resource, this.getNodeParameter('operation', 0) as string);
	const asTool = runsAsTool(this);
	const api = new CopilotClient(this, asTool ? { maxWaitMs: TOOL_MAX_WAIT_MS } : {});

	const output: INodeExecutionData[] = [];
	for (let index = 0; index < items.length; index++) {
		try {
			const result = await operation.execute(new ItemContext(this, index, api));
			if (result instanceof ItemWithBinary) {
				output.push({ json: result.json, binary: result.binary, pairedItem: { item: index } });
				continue;
			}
			output.push(
				...this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(result), { itemData: { item: index } }),
			);
		} catch (error) {
			// A model gets a thrown error as an empty answer, or it ends the agent's run: it reads this instead.
			if (asTool && !(error instanceof CancelledError)) {
				output.push({ json: { ...errorJson(error as Error), whatToDo: whatToDo(error) }, pairedItem: { item: index } });
				continue;
			}
			if (this.continueOnFail()) {
				output.push({ json: errorJson(error as Error), pairedItem: { item: index } });
				continue;
			}
			throw atItem(this, error, index);
		}
	}
	return [output];
}
