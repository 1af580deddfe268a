// Every route of the fake, as [method, path template, handler] rows; `{name}` is a path parameter.
// A handler gets { store, params, query, body, rawBody, headers, baseUrl } and returns the answer's
// JSON (or '' for an empty answer), or throws an ApiError.
const ROUTES = [
	...require('./people'),
	...require('./work'),
	...require('./files'),
	...require('./billing'),
	...require('./engagement'),
];

module.exports = { ROUTES };
