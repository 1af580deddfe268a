import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

/** What Copilot said went wrong: its error body, where it sent one. */
export interface CopilotFailure {
	status: number;
	code?: string;
	message: string;
	/** More about the error, which Copilot sends with 5xx (docs: getting-started-errors): text or an object. */
	data?: unknown;
}

/** Copilot's `data` as text for an error's description, short enough to read. */
export function detailsOf({ data }: CopilotFailure): string | undefined {
	if (data === undefined || data === null || data === '') return undefined;
	const details = typeof data === 'string' ? data.trim() : JSON.stringify(data);
	if (details === '' || details === '{}' || details === '[]') return undefined;
	return details.length > 500 ? `${details.slice(0, 500)}…` : details;
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Copilot's error body, `{ code, message, data }`, or `{ error }` as the tasks server behind its task
 * endpoints answers (copilot-platforms/tasks-app src/app/api/core/utils/withErrorHandler.ts).
 */
export function failureOf(status: number, body: unknown): CopilotFailure {
	const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
	const message = text(fields.message) ?? text(fields.error) ?? text(typeof body === 'string' ? body.slice(0, 300) : undefined);
	const failure: CopilotFailure = {
		status,
		code: text(fields.code),
		message: message ?? `Copilot answered HTTP ${status} without an error message`,
	};
	if (fields.data !== undefined && fields.data !== null) failure.data = fields.data;
	return failure;
}

/**
 * An n8n API error that shows Copilot's own message and keeps its code and the HTTP status, so
 * that "On Error: Continue" items and the error panel say what Copilot said.
 */
export function copilotApiError(node: INode, failure: CopilotFailure, whatToDo?: string): NodeApiError {
	const details = detailsOf(failure);
	const answered = `Copilot answered HTTP ${failure.status}${failure.code ? ` (${failure.code})` : ''}${details ? `: ${details}` : ''}`;
	const error = new NodeApiError(node, { ...failure } as JsonObject, {
		message: failure.message,
		description: whatToDo ? `${whatToDo} (${answered}.)` : answered,
		httpCode: String(failure.status),
	});
	error.context.copilotCode = failure.code;
	return error;
}

/** How to give the node a key that may do what Copilot allows only to a custom app. */
export const CUSTOM_APP_KEY_NEEDED =
	'A workspace key from Copilot > Settings > API is refused here. Use a Copilot API credential with Key Type: Custom App Key, the key of a custom app of the workspace and the Workspace ID.';

/** Copilot's 403 for what it allows only to a custom app's key (creating, deleting and marking notifications). */
export function customAppOnlyError(node: INode, failure: CopilotFailure): NodeApiError {
	const error = new NodeApiError(node, { ...failure } as JsonObject, {
		message: `Copilot allows this only to a custom app’s key (HTTP 403: ${failure.message})`,
		description: CUSTOM_APP_KEY_NEEDED,
		httpCode: '403',
	});
	error.context.copilotCode = failure.code;
	return error;
}

/** The low-level reason a request got no answer, without the error itself (which holds request headers). */
export function reasonOf(cause: unknown): string {
	return text((cause as { message?: unknown } | undefined)?.message) ?? 'no answer';
}

/** A request that got no answer at all. */
export function unreachableError(node: INode, baseUrl: string, reason: string): NodeApiError {
	return new NodeApiError(node, { message: reason } as JsonObject, {
		message: `Could not reach Copilot: ${reason}`,
		description: `No answer from ${baseUrl}. Check the Base URL of the Copilot API credential and the network between n8n and Copilot.`,
	});
}

const DEFAULT_CHECK = 'Check in Copilot whether it was done before you run this item again.';

/**
 * A create or send whose outcome is unknown: Copilot answered 5xx, or no answer came. Such a request
 * is not sent again (Copilot has no idempotency keys, and a gateway error usually comes after the work
 * was done), so the error says so and how to find out. `check` names where to look.
 */
export function mayHaveBeenDoneError(
	node: INode,
	what: { failure: CopilotFailure } | { reason: string },
	check = DEFAULT_CHECK,
): NodeApiError {
	const answer = 'failure' in what ? `Copilot answered HTTP ${what.failure.status} (${what.failure.message})` : `No answer came (${what.reason})`;
	const details = 'failure' in what ? detailsOf(what.failure) : undefined;
	const error = new NodeApiError(node, ('failure' in what ? { ...what.failure } : { message: what.reason }) as JsonObject, {
		message: `Copilot may have done this already: ${answer}, so the request was not sent again`,
		description: `A server error or a lost answer often comes after Copilot did the work, and sending a create or send twice can do it twice. ${check}${
			details ? ` Copilot’s details: ${details}` : ''
		}`,
		httpCode: 'failure' in what ? String(what.failure.status) : undefined,
	});
	error.context.mayHaveBeenDone = true;
	if ('failure' in what) error.context.copilotCode = what.failure.code;
	return error;
}

/**
 * A request Copilot kept refusing with 429 for longer than a minute, though its rate limit refuses for a
 * second. Copilot does not document what it answers once a plan's monthly request cap is used up.
 */
export function rateLimitedTooLongError(node: INode, failure: CopilotFailure): NodeApiError {
	const error = new NodeApiError(node, { ...failure } as JsonObject, {
		message: `Copilot kept refusing this request as too many (HTTP 429: ${failure.message}) for more than a minute`,
		description:
			'Copilot’s rate limit (20 requests a second per workspace) refuses for a second only. Refusals this long mean that the workspace may have used up its plan’s monthly request cap (Starter 2,000, Professional 10,000, Advanced 50,000 requests a month; Enterprise has none), or that other apps or workflows take the whole limit. Check the workspace’s plan and its use of the API, and run this item again once Copilot accepts requests.',
		httpCode: '429',
	});
	error.context.copilotCode = failure.code;
	error.context.rateLimitedTooLong = true;
	return error;
}
