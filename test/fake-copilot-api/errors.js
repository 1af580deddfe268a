// Copilot's error answers: an HTTP status and the body `{ code, message }`.

class ApiError extends Error {
	constructor(status, code, message) {
		super(message);
		this.status = status;
		this.code = code;
	}

	get body() {
		return { code: this.code, message: this.message };
	}
}

/** `label` names the resource, as Copilot does: "Client not found". */
const notFound = (label) => new ApiError(404, 'not_found', `${label} not found`);
const invalid = (message) => new ApiError(400, 'parameter_invalid', message);
const unauthorized = () => new ApiError(401, 'unauthorized', 'Invalid API key');
// Copilot's own wording, whatever rate a test configures, so clients can match on it.
const rateLimited = () => new ApiError(429, 'rate_limit_exceeded', 'Too many requests. Requests are limited to 20 per second.');

module.exports = { ApiError, invalid, notFound, rateLimited, unauthorized };
