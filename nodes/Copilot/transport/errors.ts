import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

/** What Copilot said went wrong: its error body `{ code, message }`, where it sent one. */
export interface CopilotFailure {
	status: number;
	code?: string;
	message: string;
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function failureOf(status: number, body: unknown): CopilotFailure {
	const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
	const message = text(fields.message) ?? text(typeof body === 'string' ? body.slice(0, 300) : undefined);
	return {
		status,
		code: text(fields.code),
		message: message ?? `Copilot answered HTTP ${status} without an error message`,
	};
}

/**
 * An n8n API error that shows Copilot's own message and keeps its code and the HTTP status, so
 * that "On Error: Continue" items and the error panel say what Copilot said.
 */
export function copilotApiError(node: INode, failure: CopilotFailure): NodeApiError {
	const error = new NodeApiError(node, { ...failure } as JsonObject, {
		message: failure.message,
		description: `Copilot answered HTTP ${failure.status}${failure.code ? ` (${failure.code})` : ''}`,
		httpCode: String(failure.status),
	});
	error.context.copilotCode = failure.code;
	return error;
}

/** A request that got no answer at all; the low-level error (which holds request headers) stays out. */
export function unreachableError(node: INode, baseUrl: string, cause: unknown): NodeApiError {
	const reason = text((cause as { message?: unknown } | undefined)?.message) ?? 'no answer';
	return new NodeApiError(node, { message: reason } as JsonObject, {
		message: `Could not reach Copilot: ${reason}`,
		description: `No answer from ${baseUrl}. Check the Base URL of the Copilot API credential and the network between n8n and Copilot.`,
	});
}
