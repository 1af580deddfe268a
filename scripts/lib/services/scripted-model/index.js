// A scripted stand-in for an OpenAI model on loopback, with no network: n8n's OpenAI Chat Model node
// (its credential's Base URL pointed here) calls it as it calls OpenAI, streaming or not. It reads the
// tools n8n offers, calls the one its script names with arguments filled from the tool's JSON schema,
// and answers in text once the results are back (conversation.js). Every request is recorded with
// what was answered and any problem (a tool not offered, an argument the schema does not allow), so a
// test can assert on the schemas n8n sent and on what each tool returned to the model.
const { createServer } = require('node:http');

const { nextTurn } = require('./conversation');
const { MODEL, chunks, completion, errorBody, modelList } = require('./wire');

function readJson(request) {
	return new Promise((resolve, reject) => {
		const parts = [];
		request.on('data', (part) => parts.push(part));
		request.on('end', () => {
			try {
				resolve(JSON.parse(Buffer.concat(parts).toString() || '{}'));
			} catch (error) {
				reject(error);
			}
		});
		request.on('error', reject);
	});
}

function sendJson(response, status, body) {
	response.writeHead(status, { 'content-type': 'application/json' });
	response.end(JSON.stringify(body));
}

/**
 * Starts the model on a free loopback port. `scripts` can also be added later with `script()`.
 * `url` ends in /v1, as the Base URL of an OpenAI credential does.
 */
async function startScriptedModel({ scripts = [] } = {}) {
	const known = [...scripts];
	const requests = [];
	let sequence = 0;

	async function chat(request, response) {
		const body = await readJson(request);
		const turn = nextTurn(body, known);
		const ids = { id: `chatcmpl-scripted-${++sequence}`, callId: `call_scripted_${sequence}`, created: Math.floor(Date.now() / 1000) };
		requests.push({
			at: Date.now(),
			authorization: request.headers.authorization,
			body,
			stream: body.stream === true,
			tools: (body.tools ?? []).map((tool) => tool.function),
			answer: turn.toolCall ? { toolCall: { ...turn.toolCall, id: ids.callId } } : { text: turn.text },
			problems: turn.problems,
		});
		if (!body.stream) return sendJson(response, 200, completion(body, turn, ids));
		response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
		for (const event of chunks(body, turn, ids)) response.write(event);
		response.end();
	}

	const server = createServer((request, response) => {
		const path = new URL(request.url, 'http://model').pathname;
		if (request.method === 'POST' && path.endsWith('/chat/completions')) {
			chat(request, response).catch((error) => sendJson(response, 400, errorBody(`Not a chat-completions request: ${error.message}`)));
			return;
		}
		if (request.method === 'GET' && path.endsWith('/models')) return sendJson(response, 200, modelList());
		sendJson(response, 404, errorBody(`The scripted model serves POST /v1/chat/completions and GET /v1/models, not ${request.method} ${path}`));
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

	return {
		url: `http://127.0.0.1:${server.address().port}/v1`,
		model: MODEL,
		requests,
		/** Adds a script; the first whose `when` the person's message contains is played. */
		script: (script) => known.unshift(script),
		/** The requests of the conversations whose person's message contains `when`. */
		requestsFor: (when) => requests.filter((entry) => JSON.stringify(entry.body.messages ?? []).includes(when)),
		problems: () => requests.flatMap((entry) => entry.problems),
		stop: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

module.exports = { startScriptedModel };
