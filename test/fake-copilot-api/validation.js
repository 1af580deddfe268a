// The checks request bodies go through; each refusal is Copilot's 400 naming the field.
const { invalid } = require('./errors');

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBlank = (value) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Refuses `body` when any of `fields` is missing, null or empty text. */
function requireFields(body, ...fields) {
	for (const field of fields) {
		if (isBlank(body[field])) throw invalid(`${field} is required`);
	}
}

/** Refuses a value of `field` outside `allowed` (an absent field passes). */
function requireOneOf(body, field, allowed) {
	if (body[field] !== undefined && !allowed.includes(body[field])) {
		throw invalid(`${field} must be one of ${allowed.join(', ')}`);
	}
}

/** Refuses a value of `field` that is not a JSON object (an absent field passes). */
function requireObject(body, field) {
	if (body[field] !== undefined && !isObject(body[field])) throw invalid(`${field} must be an object`);
}

/** Refuses a value of `field` that is not a non-empty array. */
function requireNonEmptyArray(body, field) {
	if (!Array.isArray(body[field]) || body[field].length === 0) throw invalid(`${field} must be a non-empty array`);
}

/** Refuses an id in `field` that names no record of `kind` (an absent field passes). */
function requireReference(store, body, field, kind) {
	if (body[field] !== undefined && !store.get(kind, body[field])) throw invalid(`${field} does not match any ${kind}`);
}

module.exports = { isObject, requireFields, requireNonEmptyArray, requireObject, requireOneOf, requireReference };
