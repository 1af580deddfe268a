// Matches a method and path to a handler from the route tables, with Copilot's answers for an
// unknown path (404) or a known path asked with the wrong method (405).
const { ApiError, invalid } = require('./errors');

/** `/v1/clients/{id}` → a regular expression with a named group per `{param}`. */
function compile([method, template, handle, operation]) {
	const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, '(?<$1>[^/]+)');
	return { method, handle, operation, pattern: new RegExp(`^${source}$`) };
}

function decodeParams(groups = {}) {
	try {
		return Object.fromEntries(Object.entries(groups).map(([name, value]) => [name, decodeURIComponent(value)]));
	} catch {
		throw invalid('The path is not validly percent-encoded');
	}
}

function createRouter(routes) {
	const compiled = routes.map(compile);
	return {
		/** The handler, the SDK operation it serves and the path parameters for a request; throws Copilot's 404 or 405. */
		match(method, path) {
			let pathKnown = false;
			for (const route of compiled) {
				const found = route.pattern.exec(path);
				if (!found) continue;
				if (route.method === method) return { handle: route.handle, operation: route.operation, params: decodeParams(found.groups) };
				pathKnown = true;
			}
			if (pathKnown) throw new ApiError(405, 'method_not_allowed', `${method} is not allowed on ${path}`);
			throw new ApiError(404, 'not_found', 'Route not found');
		},
	};
}

module.exports = { createRouter };
