// Copilot's error answers: a status and the body `{ code, message }`.

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

const notFound = (label) => new ApiError(404, 'not_found', `${label} not found`);
const invalid = (message) => new ApiError(400, 'parameter_invalid', message);

/** Refuses a body that lacks any of `fields` (missing, null or empty text). */
function requireFields(body, ...fields) {
	for (const field of fields) {
		const value = body[field];
		if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
			throw invalid(`${field} is required`);
		}
	}
}

/** Refuses a value outside `allowed`. */
function requireOneOf(body, field, allowed) {
	if (body[field] !== undefined && !allowed.includes(body[field])) {
		throw invalid(`${field} must be one of ${allowed.join(', ')}`);
	}
}

module.exports = { ApiError, invalid, notFound, requireFields, requireOneOf };
