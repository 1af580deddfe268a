// A loopback HTTP load balancer in front of n8n processes: each request goes to the next backend in
// turn. A backend that refuses the connection, or whose readiness check does not answer 200, is
// skipped and the request goes to the next one (503 when none is ready); a backend that fails once it
// has the request gets a 502, because a POST it may already have acted on must not be sent twice by
// the balancer.
const { createServer, request: httpRequest } = require('node:http');

const tally = (statuses, key) => {
	statuses[key] = (statuses[key] ?? 0) + 1;
};

async function isReady(backend, readinessPath) {
	if (!readinessPath) return true;
	try {
		const response = await fetch(`${backend}${readinessPath}`);
		await response.arrayBuffer();
		return response.status === 200;
	} catch {
		return false;
	}
}

/** Hop-by-hop headers concern one connection; the balancer passes on all others, content-encoding included. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

function endToEndHeaders(headers) {
	return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

function forward(backend, incoming, body) {
	return new Promise((resolve, reject) => {
		const outgoing = httpRequest(
			`${backend}${incoming.url}`,
			{ method: incoming.method, headers: { ...incoming.headers, 'content-length': body.length } },
			(response) => {
				const chunks = [];
				response.on('data', (chunk) => chunks.push(chunk));
				response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
				response.on('error', reject);
			},
		);
		outgoing.on('error', reject);
		outgoing.end(body);
	});
}

/**
 * Starts the balancer. With `readinessPath` (n8n: /healthz/readiness) a request goes only to a backend
 * that answers 200 there just before. `stats` counts, per backend, the requests it took (`received`:
 * answered, or lost after connecting) and its answers by status or error code (`statuses`); `add()`
 * puts another backend in the rotation.
 */
async function startRoundRobin(backends, { readinessPath } = {}) {
	const rotation = [...backends];
	const stats = new Map(rotation.map((backend) => [backend, { received: 0, statuses: {} }]));
	let next = 0;

	const server = createServer((incoming, reply) => {
		const chunks = [];
		incoming.on('data', (chunk) => chunks.push(chunk));
		incoming.on('end', async () => {
			const body = Buffer.concat(chunks);
			for (let tried = 0; tried < rotation.length; tried++) {
				const backend = rotation[next++ % rotation.length];
				const backendStats = stats.get(backend);
				if (!(await isReady(backend, readinessPath))) {
					tally(backendStats.statuses, 'notReady');
					continue;
				}
				try {
					const answer = await forward(backend, incoming, body);
					backendStats.received++;
					tally(backendStats.statuses, answer.status);
					reply.writeHead(answer.status, endToEndHeaders(answer.headers));
					reply.end(answer.body);
					return;
				} catch (error) {
					const code = error.code ?? 'error';
					tally(backendStats.statuses, code);
					if (code === 'ECONNREFUSED') continue;
					backendStats.received++;
					reply.writeHead(502, { 'content-type': 'text/plain' });
					reply.end('Bad gateway: the backend failed before it answered');
					return;
				}
			}
			reply.writeHead(503, { 'content-type': 'text/plain' });
			reply.end('Service unavailable: no backend is ready');
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		stats,
		add(backend) {
			rotation.push(backend);
			stats.set(backend, { received: 0, statuses: {} });
		},
		stop: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(resolve);
			}),
	};
}

module.exports = { startRoundRobin };
