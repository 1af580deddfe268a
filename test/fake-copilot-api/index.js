// A fake Copilot (Assembly) REST API on loopback for unit and end-to-end tests, benchmarks and
// `npm run dev`: Copilot's paths, pagination, error bodies, API key and rate limit, over records
// kept in memory.
const { createStore } = require('./store');
const { seedClients, seedDemo } = require('./demo-data');
const { createFailure } = require('./failures');
const { createTokenBucket } = require('./rate-limit');
const { createRouter } = require('./router');
const { ROUTES } = require('./routes');
const { createFakeServer } = require('./server');

function listen(server, port, host) {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
}

function countByStatus(requests) {
	const byStatus = {};
	for (const { status } of requests) byStatus[status] = (byStatus[status] ?? 0) + 1;
	return byStatus;
}

/** Starts the fake on `host:port` (a free port by default); resolves to its handle once listening. */
async function startFakeCopilotApi({
	apiKey = 'test-api-key',
	rateLimit = { perSecond: 20, burst: 20 },
	seed,
	port = 0,
	host = '127.0.0.1',
} = {}) {
	if (seed !== undefined && seed !== 'demo') throw new TypeError(`Unknown seed "${seed}"; the only seed is "demo"`);
	const store = createStore();
	const requests = [];
	const failures = [];
	let url;
	const server = createFakeServer({
		store,
		requests,
		failures,
		apiKey,
		router: createRouter(ROUTES),
		bucket: rateLimit ? createTokenBucket(rateLimit) : undefined,
		// Known only once listening; upload URLs in answers point back at this server.
		baseUrl: () => url,
	});
	await listen(server, port, host);
	url = `http://${host.includes(':') ? `[${host}]` : host}:${server.address().port}`;
	return {
		url,
		store,
		requests,
		demo: seed === 'demo' ? seedDemo(store) : undefined,
		// Emptied in place: a test holding `api.requests` keeps seeing the live log.
		clearRequests: () => {
			requests.length = 0;
		},
		failNext: (failure) => {
			failures.push(createFailure(failure));
		},
		clearFailures: () => {
			failures.length = 0;
		},
		stats: () => ({ requests: requests.length, byStatus: countByStatus(requests) }),
		seedClients: (count, overrides) => seedClients(store, count, overrides),
		stop: () =>
			new Promise((resolve) => {
				// close() alone waits for idle keep-alive sockets to time out; a second stop() resolves too.
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

module.exports = { createStore, createTokenBucket, seedClients, seedDemo, startFakeCopilotApi };
