// A fake Copilot (Assembly) REST API on loopback for tests, benchmarks and `npm run dev`: Copilot's
// paths, pagination, error bodies, API key and 20 requests/s limit, with in-memory records.
const { createStore } = require('./store');
const { seedClients, seedDemo } = require('./demo-data');
const { createTokenBucket } = require('./rate-limit');
const { createFakeServer } = require('./server');

async function startFakeCopilotApi({
	apiKey = 'test-api-key',
	rateLimit = { perSecond: 20, burst: 20 },
	seed,
	port = 0,
	host = '127.0.0.1',
} = {}) {
	const store = createStore();
	const requests = [];
	const failures = [];
	let url;
	const server = createFakeServer({
		store,
		requests,
		failures,
		apiKey,
		bucket: rateLimit ? createTokenBucket(rateLimit) : undefined,
		baseUrl: () => url,
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, resolve);
	});
	url = `http://${host}:${server.address().port}`;
	return {
		url,
		store,
		requests,
		demo: seed === 'demo' ? seedDemo(store) : undefined,
		clearRequests: () => requests.splice(0, requests.length),
		failNext: ({ status, count = 1, method, path, body }) => failures.push({ status, count, method, path, body }),
		stats() {
			const byStatus = {};
			for (const { status } of requests) byStatus[status] = (byStatus[status] ?? 0) + 1;
			return { requests: requests.length, byStatus };
		},
		seedClients: (count, overrides) => seedClients(store, count, overrides),
		stop: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

module.exports = { createStore, seedClients, seedDemo, startFakeCopilotApi };
