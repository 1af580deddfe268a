// Checks the route handlers share beyond the body shapes (shape.js); each refusal is Copilot's 400.
const { invalid } = require('./errors');

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Refuses a value of `field` that is not a non-empty array. */
function requireNonEmptyArray(body, field) {
	if (!Array.isArray(body[field]) || body[field].length === 0) throw invalid(`${field} must be a non-empty array`);
}

/** Refuses an id in `field` that names no record of `kind` (an absent field passes). */
function requireReference(store, body, field, kind) {
	if (body[field] !== undefined && body[field] !== '' && !store.get(kind, body[field])) throw invalid(`${field} does not match any ${kind}`);
}

module.exports = { isObject, requireNonEmptyArray, requireReference };
