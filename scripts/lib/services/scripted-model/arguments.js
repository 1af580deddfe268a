// A tool call's arguments as a model builds them from the JSON schema of the tool's parameters:
// the values the script gives, and for every other parameter a value of its declared type. What a
// real model could not send (a parameter the schema lacks, a value of the wrong type) is reported.

/** The JSON types a schema allows: its `type`, or those of its `anyOf` branches. */
function typesOf(schema = {}) {
	if (Array.isArray(schema.anyOf)) return schema.anyOf.flatMap(typesOf);
	if (Array.isArray(schema.type)) return schema.type;
	return schema.type ? [schema.type] : [];
}

function jsonTypeOf(value) {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
}

function fits(value, schema) {
	const allowed = typesOf(schema);
	if (allowed.length === 0) return true;
	const type = jsonTypeOf(value);
	return allowed.includes(type) || (type === 'integer' && allowed.includes('number'));
}

/** A value of the schema's first type, as a model fills a parameter it has nothing particular for. */
function sampleValue(schema, key) {
	if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
	switch (typesOf(schema)[0]) {
		case 'number':
		case 'integer':
			return 1;
		case 'boolean':
			return true;
		case 'object':
			return { [key]: 'sample' };
		case 'array':
			return ['sample'];
		default:
			return `sample ${key}`;
	}
}

/**
 * `schema`: a tool's `function.parameters`; `given`: the script's values by parameter name.
 * Returns the arguments and the problems a test should fail on.
 */
function fillArguments(toolName, schema = {}, given = {}) {
	const properties = schema.properties ?? {};
	const problems = [];
	for (const key of Object.keys(given)) {
		if (!(key in properties)) problems.push(`the script gives "${key}", which is not a parameter of ${toolName} (it has ${Object.keys(properties).join(', ') || 'none'})`);
	}
	const args = {};
	for (const [key, property] of Object.entries(properties)) {
		const value = key in given ? given[key] : sampleValue(property, key);
		if (!fits(value, property)) problems.push(`${toolName}.${key} must be ${typesOf(property).join(' or ')}, the script gives ${JSON.stringify(value)}`);
		args[key] = value;
	}
	return { args, problems };
}

module.exports = { fillArguments, typesOf };
