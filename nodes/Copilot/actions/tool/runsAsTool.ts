import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * Whether this run answers a model (an AI Agent, or an MCP client through n8n's MCP Server Trigger)
 * rather than passing items on.
 *
 * n8n offers a `usableAsTool` node as a second type, its name plus `Tool` (n8n-nodes-copilot.copilotTool),
 * with no main input; that is the type of the node in the workflow wherever it runs as a tool: called
 * by the agent through LangChain (AI Agent 1.x-2.x, MCP Server Trigger, in a supply-data context) and
 * run by the workflow engine on the agent's request (AI Agent 3, in an ordinary execute context), on n8n
 * 1.x and 2.x alike. n8n 2.x adds `isToolExecution()`, true only in the supply-data case; it is absent
 * from 1.x, so it is asked only where it exists.
 */
export function runsAsTool(functions: IExecuteFunctions): boolean {
	if (functions.getNode().type.endsWith('Tool')) return true;
	const context = functions as Partial<Pick<IExecuteFunctions, 'isToolExecution'>>;
	return typeof context.isToolExecution === 'function' && context.isToolExecution.call(functions) === true;
}

/**
 * How long one Copilot request run as a tool waits in all for Copilot's rate limit and retries,
 * instead of RETRY_POLICY's two minutes: the model and the person talking to it wait meanwhile, and an
 * MCP client gives up on a call after 60 seconds by default (@modelcontextprotocol/sdk). Past it, the
 * model is told the rate limit held and what to do.
 */
export const TOOL_MAX_WAIT_MS = 15_000;
