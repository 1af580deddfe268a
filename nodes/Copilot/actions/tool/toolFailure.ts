import { NodeApiError } from 'n8n-workflow';

/**
 * What a model should do after a failed call, by what went wrong. A model reads the failure as the
 * tool's answer (see router.ts): Copilot's message in `error`, its `code` and `httpCode`, and this
 * advice in `whatToDo`, so that it can correct its arguments, look a record up, or tell the person
 * it talks to, instead of guessing from an empty answer.
 */
const ADVICE: Record<string, string> = {
	badRequest:
		'Copilot refused the values sent: correct the arguments as the error says (an ID must be one Copilot returned, for example from a Get Many tool) and call again.',
	unauthorized: 'Copilot refused the API key of the Copilot credential in n8n. Calling again will not help: tell the user to check the credential.',
	forbidden:
		'Copilot does not allow this with the API key of the Copilot credential (some operations, such as notifications, need a custom app’s key). Calling again will not help: tell the user.',
	notFound:
		'Copilot has no record with this ID. Find the record first (for example with a Get Many tool) and call again with the ID it returns; if it was deleted, tell the user.',
	rateLimited:
		'Copilot’s rate limit (20 requests a second, and a monthly allowance on some plans) still refused after the tool waited. Do not call again now: tell the user to try again in a while.',
	serverError: 'Copilot failed several times in a row. Try again later, or tell the user.',
	otherRefusal: 'Copilot refused the request: correct it as the error says, or tell the user.',
	unreachable:
		'n8n got no answer from Copilot. Calling again will not help now: tell the user to check the connection and the Base URL of the Copilot credential.',
	stopped: 'The tool stopped before Copilot was asked, or while reading its answer, as the error says: correct the arguments and call again, or tell the user.',
};

function adviceFor(status: number): string {
	if (status === 400 || status === 422) return ADVICE.badRequest;
	if (status === 401) return ADVICE.unauthorized;
	if (status === 403) return ADVICE.forbidden;
	if (status === 404) return ADVICE.notFound;
	if (status === 429) return ADVICE.rateLimited;
	if (status >= 500) return ADVICE.serverError;
	return ADVICE.otherRefusal;
}

export function whatToDo(error: unknown): string {
	if (!(error instanceof NodeApiError)) return ADVICE.stopped;
	// A create or send that Copilot may have done: never again blindly, the error says where to look.
	if (error.context.mayHaveBeenDone) return `Do not call this tool again for it. ${error.description ?? ''}`.trim();
	const status = Number(error.httpCode);
	return Number.isInteger(status) && status > 0 ? adviceFor(status) : ADVICE.unreachable;
}
