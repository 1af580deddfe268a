import { ExecuteContext, LoadOptionsContext, SupplyDataContext } from 'n8n-core';
import {
	NodeConnectionTypes,
	Workflow,
	type ICredentialsHelper,
	type IDataObject,
	type IExecuteData,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeTypes,
	type IRunExecutionData,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { Copilot } from '../../nodes/Copilot/Copilot.node';
import { authenticate } from './credentialAuth';

/**
 * Runs the Copilot node inside n8n-core's own execution context, as n8n runs it: the real Workflow
 * (which fills in parameter defaults), real expression resolution per item, n8n's HTTP helpers over
 * real loopback HTTP, and the node's "On Error" setting. Only the credential store is ours.
 */

export const NODE_TYPE = 'n8n-nodes-copilot.copilot';
/** The type n8n gives the node where it is a tool of an AI Agent or an MCP Server Trigger. */
export const TOOL_TYPE = 'n8n-nodes-copilot.copilotTool';

export interface CopilotCredentials {
	apiKey: string;
	baseUrl: string;
	/** 'customApp' for a custom app's key (then with `workspaceId`); a workspace key when left out. */
	keyKind?: 'workspace' | 'customApp';
	workspaceId?: string;
}

export interface RunOptions {
	parameters: INodeParameters;
	/** The JSON of the input items; one empty item by default. */
	input?: IDataObject[];
	/** Whole input items, binary data included; wins over `input`. */
	inputItems?: INodeExecutionData[];
	credentials: CopilotCredentials;
	onError?: INode['onError'];
	/** Aborting it cancels the execution, as n8n's Stop button does. */
	abortSignal?: AbortSignal;
	/** The node's type in the workflow: NODE_TYPE, or TOOL_TYPE for the Copilot Tool an AI Agent runs. */
	nodeType?: string;
}

const nodeTypes: INodeTypes = {
	getByName: () => new Copilot(),
	getByNameAndVersion: () => new Copilot(),
	getKnownTypes: () => ({}),
} as unknown as INodeTypes;

/** How often n8n was asked to load and decrypt the credential, for tests of how often the node does. */
export const credentialReads = { count: 0 };

function additionalData(credentials: CopilotCredentials): IWorkflowExecuteAdditionalData {
	const credentialsHelper = {
		getDecrypted: async () => {
			credentialReads.count++;
			return { ...credentials };
		},
		authenticate: async (decrypted: IDataObject, _type: string, request: IHttpRequestOptions) =>
			authenticate(decrypted, request),
		preAuthentication: async () => undefined,
		getParentTypes: () => [],
		isCredentialUsableByNode: () => true,
		getCredentialsProperties: () => [],
	} as unknown as ICredentialsHelper;
	return { credentialsHelper, variables: {}, executionId: 'test-execution' } as unknown as IWorkflowExecuteAdditionalData;
}

function workflowWith(parameters: INodeParameters, onError?: INode['onError'], type = NODE_TYPE) {
	const node: INode = {
		id: 'copilot-node',
		name: 'Copilot',
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { copilotApi: { id: 'credential-1', name: 'Copilot account' } },
		...(onError ? { onError } : {}),
	};
	const workflow = new Workflow({ id: 'test-workflow', nodes: [node], connections: {}, active: false, nodeTypes });
	return { workflow, node: workflow.getNode('Copilot')! };
}

/** n8n-core's execution context for the node with these parameters and input items. */
export function executeContext({ parameters, input = [{}], inputItems, credentials, onError, abortSignal, nodeType }: RunOptions): ExecuteContext {
	const { workflow, node } = workflowWith(parameters, onError, nodeType);
	const items: INodeExecutionData[] = inputItems ?? input.map((json) => ({ json }));
	const runExecutionData = {
		resultData: { runData: {} },
		executionData: { contextData: {}, nodeExecutionStack: [], waitingExecution: {}, waitingExecutionSource: {} },
	} as unknown as IRunExecutionData;
	const executeData: IExecuteData = { node, data: { main: [items] }, source: null };
	return new ExecuteContext(
		workflow,
		node,
		additionalData(credentials),
		'manual',
		runExecutionData,
		0,
		items,
		{ main: [items] },
		executeData,
		[],
		abortSignal,
	);
}

/**
 * The context in which an AI Agent before version 3 (through LangChain) and n8n's MCP Server Trigger run
 * a tool: n8n-core's supply-data context on the agent's `ai_tool` connection, the model's arguments as
 * its one input item. Its `isToolExecution()` (n8n 2.x) is true.
 */
export function toolContext({ parameters, input = [{}], credentials, nodeType = NODE_TYPE }: RunOptions): SupplyDataContext {
	const { workflow, node } = workflowWith(parameters, undefined, nodeType);
	const items: INodeExecutionData[] = input.map((json) => ({ json }));
	const runExecutionData = { resultData: { runData: {} } } as unknown as IRunExecutionData;
	const executeData: IExecuteData = { node, data: { [NodeConnectionTypes.AiTool]: [items] }, source: null };
	return new SupplyDataContext(
		workflow,
		node,
		additionalData(credentials),
		'manual',
		runExecutionData,
		0,
		items,
		{ [NodeConnectionTypes.AiTool]: [items] },
		NodeConnectionTypes.AiTool,
		executeData,
		[],
	);
}

/** The node's output items for the given input items; throws what the node throws. */
export async function runCopilotNode(options: RunOptions): Promise<INodeExecutionData[]> {
	const output = await new Copilot().execute.call(executeContext(options));
	return output[0];
}

/** A load-options or list-search context for the node with the given parameters. */
export function loadOptionsContext(credentials: CopilotCredentials, parameters: INodeParameters = {}) {
	const { workflow, node } = workflowWith({ resource: 'client', operation: 'get', ...parameters });
	return new LoadOptionsContext(workflow, node, additionalData(credentials), 'parameters');
}
