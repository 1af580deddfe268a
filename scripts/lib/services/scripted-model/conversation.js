// What the scripted model says next in a conversation: the script whose `when` the person's message
// contains plays its steps, one tool call per turn, then answers in text from the tools' results.
// The turn is read from the messages alone (how many tool results came back since the person spoke),
// so the model keeps no state between requests, as an OpenAI model keeps none.
const { fillArguments } = require('./arguments');

/** A message's text, whether the content is a string or a list of parts. */
function textOf(message) {
	if (typeof message?.content === 'string') return message.content;
	if (Array.isArray(message?.content)) return message.content.map((part) => part.text ?? '').join('');
	return '';
}

/** A tool's result as the script sees it: the JSON n8n sent, parsed, or the text itself. */
function parsed(text) {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

function findTool(tools, wanted) {
	return tools.find((tool) => (wanted instanceof RegExp ? wanted.test(tool.function?.name) : tool.function?.name === wanted));
}

/**
 * `request`: the chat-completions body; `scripts`: [{ when, steps: [{ tool, args }], answer }] where
 * `tool` is a name or a RegExp, `args` an object or a function of the results so far, and `answer` a
 * function of all results. Returns `{ toolCall: { name, arguments } }` or `{ text }`, with `problems`.
 */
function nextTurn(request, scripts) {
	const messages = request.messages ?? [];
	const tools = request.tools ?? [];
	const lastUser = messages.map((message) => message.role).lastIndexOf('user');
	const said = textOf(messages[lastUser]);
	const script = scripts.find((candidate) => said.includes(candidate.when));
	if (!script) return { text: `I have no script for "${said.slice(0, 200)}"`, problems: [`no script matches the message "${said.slice(0, 200)}"`] };

	const results = messages.slice(lastUser + 1).filter((message) => message.role === 'tool').map((message) => parsed(textOf(message)));
	const step = script.steps?.[results.length];
	if (!step) return { text: script.answer(results), problems: [] };

	const tool = findTool(tools, step.tool);
	if (!tool) {
		const offered = tools.map((candidate) => candidate.function?.name).join(', ') || 'none';
		return { text: `I was not offered the tool ${step.tool}`, problems: [`the tool ${step.tool} was not offered (offered: ${offered})`] };
	}
	const given = typeof step.args === 'function' ? step.args(results) : (step.args ?? {});
	const { args, problems } = fillArguments(tool.function.name, tool.function.parameters, given);
	return { toolCall: { name: tool.function.name, arguments: args }, problems };
}

module.exports = { nextTurn, textOf };
