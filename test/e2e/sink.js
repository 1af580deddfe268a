// A loopback HTTP server that records what the workflows' HTTP Request nodes post to it.
const { createServer } = require('node:http');

async function startSink() {
	const received = [];
	const server = createServer((request, response) => {
		const chunks = [];
		request.on('data', (chunk) => chunks.push(chunk));
		request.on('end', () => {
			received.push({ path: request.url, body: JSON.parse(Buffer.concat(chunks).toString() || 'null') });
			response.end('{}');
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${server.address().port}`;
	return {
		url,
		received,
		itemsAt: (path) => received.filter((entry) => entry.path === path).map((entry) => entry.body),
		stop: () => new Promise((resolve) => server.close(resolve)),
	};
}

module.exports = { startSink };
