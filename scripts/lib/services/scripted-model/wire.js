// The scripted model's turns in OpenAI's chat-completions format, as n8n's OpenAI Chat Model node
// (LangChain's ChatOpenAI) reads them: one JSON completion, or server-sent chunks when it asks to stream.

const MODEL = 'scripted-model';

/** The assistant message of a turn: text, or one call of a tool with its arguments as JSON text. */
function messageOf(turn, callId) {
	if (turn.toolCall) {
		return {
			role: 'assistant',
			content: null,
			tool_calls: [{ id: callId, type: 'function', function: { name: turn.toolCall.name, arguments: JSON.stringify(turn.toolCall.arguments) } }],
		};
	}
	return { role: 'assistant', content: turn.text };
}

const finishReason = (turn) => (turn.toolCall ? 'tool_calls' : 'stop');

/** Word counts stand in for tokens: the node only adds them up. */
function usageOf(request, turn) {
	const prompt = JSON.stringify(request.messages ?? []).split(/\s+/).length;
	const completion = JSON.stringify(turn.toolCall ?? turn.text ?? '').split(/\s+/).length;
	return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

function completion(request, turn, { id, callId, created }) {
	return {
		id,
		object: 'chat.completion',
		created,
		model: request.model ?? MODEL,
		choices: [{ index: 0, message: messageOf(turn, callId), logprobs: null, finish_reason: finishReason(turn) }],
		usage: usageOf(request, turn),
	};
}

/**
 * The same turn as streamed chunks: the role, then the text a few words at a time or the tool call
 * with its arguments in two halves (as OpenAI splits them), the finish reason, usage when asked, [DONE].
 */
function chunks(request, turn, { id, callId, created }) {
	const base = { id, object: 'chat.completion.chunk', created, model: request.model ?? MODEL };
	const chunk = (delta, finish = null) => ({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
	const out = [];
	if (turn.toolCall) {
		const args = JSON.stringify(turn.toolCall.arguments);
		const half = Math.ceil(args.length / 2);
		out.push(chunk({ role: 'assistant', content: null, tool_calls: [{ index: 0, id: callId, type: 'function', function: { name: turn.toolCall.name, arguments: '' } }] }));
		for (const part of [args.slice(0, half), args.slice(half)]) out.push(chunk({ tool_calls: [{ index: 0, function: { arguments: part } }] }));
	} else {
		out.push(chunk({ role: 'assistant', content: '' }));
		for (const words of turn.text.match(/\S+\s*/g) ?? [turn.text]) out.push(chunk({ content: words }));
	}
	out.push(chunk({}, finishReason(turn)));
	if (request.stream_options?.include_usage) out.push({ ...base, choices: [], usage: usageOf(request, turn) });
	return [...out.map((data) => `data: ${JSON.stringify(data)}\n\n`), 'data: [DONE]\n\n'];
}

function modelList() {
	return { object: 'list', data: [{ id: MODEL, object: 'model', created: 0, owned_by: 'n8n-nodes-copilot tests' }] };
}

/** OpenAI's error body. */
function errorBody(message, type = 'invalid_request_error') {
	return { error: { message, type, param: null, code: null } };
}

module.exports = { MODEL, chunks, completion, errorBody, modelList };
