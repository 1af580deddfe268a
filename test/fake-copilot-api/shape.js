// Shapes of request bodies, and the check that refuses a body not of its shape as Copilot does: a
// 400 naming the field by its path ("viewers[0].companyId is required"). A shape is plain data, so
// that the SDK contract test can compare the fake's shapes with the ones it reads from Copilot's SDK.
const { invalid } = require('./errors');
const { enforce } = require('./server-rules');

const string = (values) => (values ? { type: 'string', enum: values } : { type: 'string' });
const number = () => ({ type: 'number' });
const boolean = () => ({ type: 'boolean' });
const array = (items, { maxItems } = {}) => (maxItems === undefined ? { type: 'array', items } : { type: 'array', items, maxItems });
const object = (fields) => ({ type: 'object', fields });
/** A JSON object whose keys are the user's: custom field keys, contract inputs, link parameters. */
const map = () => ({ type: 'map' });
const required = (shape) => ({ ...shape, required: true });
const optional = (shape) => ({ ...shape, required: false });

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
// Copilot treats an empty text like a missing one.
const isMissing = (value) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const join = (path, key) => (path === '' ? key : `${path}.${key}`);

/** Throws Copilot's 400 for the first part of `value` that is not of `shape`, a field it does not know included. */
function checkShape(value, shape, path = '') {
	switch (shape.type) {
		case 'string':
			if (typeof value !== 'string') throw invalid(`${path} must be a string`);
			if (shape.enum && !shape.enum.includes(value)) throw invalid(`${path} must be one of ${shape.enum.join(', ')}`);
			return;
		case 'number':
			if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(`${path} must be a number`);
			return;
		case 'boolean':
			if (typeof value !== 'boolean') throw invalid(`${path} must be true or false`);
			return;
		case 'map':
			if (!isObject(value)) throw invalid(`${path} must be an object`);
			return;
		case 'array':
			if (!Array.isArray(value)) throw invalid(`${path} must be an array`);
			if (shape.maxItems !== undefined && value.length > shape.maxItems) {
				throw invalid(`${path} must have at most ${shape.maxItems} item${shape.maxItems === 1 ? '' : 's'}`);
			}
			value.forEach((item, index) => checkShape(item, shape.items, `${path}[${index}]`));
			return;
		case 'object':
			if (!isObject(value)) throw invalid(path === '' ? 'The request body must be a JSON object' : `${path} must be an object`);
			for (const key of Object.keys(value)) {
				enforce('unknown-fields', Object.hasOwn(shape.fields, key), `${join(path, key)} is not a field of this request`);
			}
			for (const [key, field] of Object.entries(shape.fields)) {
				const at = join(path, key);
				if (isMissing(value[key])) {
					if (field.required) throw invalid(`${at} is required`);
					continue;
				}
				checkShape(value[key], field, at);
			}
			return;
		default:
			throw new TypeError(`Unknown shape type ${shape.type}`);
	}
}

module.exports = { array, boolean, checkShape, map, number, object, optional, required, string };
