// Every route of the fake, as [method, path template, handler, SDK operation] rows; `{name}` is a path
// parameter, and the SDK operation (its function name in Copilot's SDK) names the body shape checked
// before the handler runs (schemas.js).
// A handler gets { store, params, query, body, rawBody, headers, baseUrl, storageUrl, operation,
// pageMode } and returns the answer's JSON (or '' for an empty answer), or throws an ApiError.
const ROUTES = [
	...require('./people'),
	...require('./work'),
	...require('./comments'),
	...require('./files'),
	...require('./billing'),
	...require('./engagement'),
	...require('./apps'),
];

module.exports = { ROUTES };
