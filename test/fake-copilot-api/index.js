// A fake Copilot (Assembly) REST API on loopback for unit and end-to-end tests, benchmarks and
// `npm run dev`: Copilot's paths, pagination, error bodies, API key and rate limit, over records
// kept in memory, with the storage host of its files on a second loopback address.
const { mintAppToken, sealAppToken } = require('./app-token');
const { createStore } = require('./store');
const { STORAGE_ROUTES } = require('./storage');
const { seedClients, seedDemo } = require('./demo-data');
const { createFailure } = require('./failures');
const { appTokenFor, startFakePortal } = require('./portal');
const { PAGE_MODES } = require('./pagination');
const { workspaceIdOf } = require('./keys');
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

function close(server) {
	return new Promise((resolve) => {
		// close() alone waits for idle keep-alive sockets to time out; a second stop() resolves too.
		server.close(() => resolve());
		server.closeAllConnections();
	});
}

function countByStatus(requests) {
	const byStatus = {};
	for (const { status } of requests) byStatus[status] = (byStatus[status] ?? 0) + 1;
	return byStatus;
}

/** Copilot's files live on another host than its API; on Linux every 127.x.y.z is this machine. */
const otherLoopback = (host) => (host === '127.0.0.1' && process.platform === 'linux' ? '127.0.0.2' : host);

const urlOf = (server, host) => `http://${host.includes(':') ? `[${host}]` : host}:${server.address().port}`;

/**
 * Starts the fake on `host:port` (a free port by default), and its storage host on another loopback
 * address (`storageHost`); resolves to its handle once both listen.
 */
async function startFakeCopilotApi({
	apiKey = 'test-api-key',
	appApiKey = 'test-app-key',
	rateLimit = { perSecond: 20, burst: 20 },
	seed,
	port = 0,
	host = '127.0.0.1',
	storageHost = otherLoopback(host),
} = {}) {
	if (seed !== undefined && seed !== 'demo') throw new TypeError(`Unknown seed "${seed}"; the only seed is "demo"`);
	const store = createStore();
	const requests = [];
	const failures = [];
	/** Tests waiting for requests to arrive or to be answered: which, and how many more. */
	const waiting = { arrived: [], answered: [] };
	const notify = (waiters) => (entry) => {
		for (const waiter of [...waiters]) {
			if (!waiter.matches(entry)) continue;
			waiter.remaining -= 1;
			if (waiter.remaining > 0) continue;
			waiters.splice(waiters.indexOf(waiter), 1);
			waiter.resolve();
		}
	};
	const waitFor = (waiters, matches, count) => new Promise((resolve) => waiters.push({ matches, remaining: count, resolve }));
	let url;
	let storageUrl;
	// Both are known only once listening; file URLs in answers point at the storage host.
	// How lists serve a `limit` above 100; switched by setPageMode.
	const pages = { mode: 'serve' };
	const shared = {
		store,
		requests,
		failures,
		apiKey,
		appApiKey,
		pages,
		onRequest: notify(waiting.arrived),
		onAnswered: notify(waiting.answered),
		baseUrl: () => url,
		storageUrl: () => storageUrl,
	};
	const bucket = rateLimit ? createTokenBucket(rateLimit) : undefined;
	const server = createFakeServer({ ...shared, name: 'api', router: createRouter(ROUTES), bucket });
	const storage = createFakeServer({ ...shared, name: 'storage', router: createRouter(STORAGE_ROUTES) });
	await listen(server, port, host);
	await listen(storage, 0, storageHost);
	url = urlOf(server, host);
	storageUrl = urlOf(storage, storageHost);
	return {
		url,
		storageUrl,
		store,
		requests,
		demo: seed === 'demo' ? seedDemo(store) : undefined,
		/** The id a custom app's key is sent with (`<workspaceId>/<appApiKey>`): the seeded workspace's. */
		get workspaceId() {
			return workspaceIdOf(store);
		},
		appApiKey,
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
		refillRateLimit: () => bucket?.refill(),
		// Resolves once `count` more requests matching `matches` have arrived (not yet answered).
		waitForRequests: (matches, count = 1) => waitFor(waiting.arrived, matches, count),
		// Resolves once the answers to `count` more such requests have been handed to the network in full.
		waitForAnswers: (matches, count = 1) => waitFor(waiting.answered, matches, count),
		/** 'serve' (the default), 'refuse' or 'cap': how every list answers a `limit` above 100 from now on. */
		setPageMode: (mode) => {
			if (!PAGE_MODES.includes(mode)) throw new TypeError(`Unknown page mode "${mode}"; one of ${PAGE_MODES.join(', ')}`);
			pages.mode = mode;
		},
		stats: () => ({ requests: requests.length, byStatus: countByStatus(requests) }),
		seedClients: (count, overrides) => seedClients(store, count, overrides),
		stop: () => Promise.all([server, storage].map(close)).then(() => undefined),
	};
}

module.exports = { appTokenFor, createStore, createTokenBucket, mintAppToken, sealAppToken, seedClients, seedDemo, startFakeCopilotApi, startFakePortal };
