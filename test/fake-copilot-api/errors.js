// Copilot's error answers: an HTTP status and the body `{ code, message }`, or `{ error }` where the
// tasks server behind the task endpoints answers itself (copilot-platforms/tasks-app
// src/app/api/core/utils/withErrorHandler.ts).

class ApiError extends Error {
	/** `tasksServer`: answered with the tasks server's body `{ error }`. */
	constructor(status, code, message, { tasksServer = false } = {}) {
		super(message);
		this.status = status;
		this.code = code;
		this.tasksServer = tasksServer;
	}

	get body() {
		return this.tasksServer ? { error: this.message } : { code: this.code, message: this.message };
	}
}

/** `label` names the resource, as Copilot does: "Client not found". */
const notFound = (label) => new ApiError(404, 'not_found', `${label} not found`);
const invalid = (message) => new ApiError(400, 'parameter_invalid', message);
const unauthorized = () => new ApiError(401, 'unauthorized', 'Invalid API key');
/** An error the tasks server answers itself, with its own body `{ error }`. */
const tasksServerError = (status, message) => new ApiError(status, undefined, message, { tasksServer: true });
// Copilot's own body, whatever rate a test configures, so clients can match on it
// (copilot-platforms/tasks-app src/hoc/CustomLink.tsx quotes it from a 429 Copilot answered).
const RATE_LIMITED = { code: 'rate_limit_exceeded', message: 'Rate limit exceeded.' };
const rateLimited = () => new ApiError(429, RATE_LIMITED.code, RATE_LIMITED.message);

module.exports = { ApiError, RATE_LIMITED, invalid, notFound, rateLimited, tasksServerError, unauthorized };
