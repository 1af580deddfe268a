// The scripted model the AI Agent end-to-end tests point n8n's OpenAI Chat Model at: it must speak
// OpenAI's chat-completions format (streamed and not) and report what a real model could not do.

interface ToolCall {
	id: string;
	type: 'function';
	function: { name: string; arguments: string };
}

interface OpenAiError {
	error: { message: string; type: string };
}

interface ScriptedModel {
	url: string;
	requests: Array<{ authorization?: string; stream: boolean; tools: Array<{ name: string }>; problems: string[]; answer: { toolCall?: { name: string; arguments: Record<string, unknown> }; text?: string } }>;
	script(script: unknown): void;
	requestsFor(when: string): unknown[];
	problems(): string[];
	stop(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startScriptedModel } = require('../scripts/lib/services/scripted-model') as { startScriptedModel: (options?: { scripts?: unknown[] }) => Promise<ScriptedModel> };

const TOOLS = [
	{
		type: 'function',
		function: {
			name: 'Find_client_by_email',
			description: 'Find a client by email',
			parameters: {
				type: 'object',
				properties: {
					email: { type: 'string', description: 'The email' },
					limit: { type: 'number', description: 'How many' },
					exact: { type: 'boolean', description: 'Exact match' },
					extra: { anyOf: [{ type: 'object' }, { type: 'array' }], description: 'Anything else' },
				},
				required: ['email', 'limit', 'exact', 'extra'],
			},
		},
	},
	{ type: 'function', function: { name: 'List_clients', description: 'List clients', parameters: { type: 'object', properties: {} } } },
];

describe('the scripted model', () => {
	let model: ScriptedModel;

	const chat = async (body: Record<string, unknown>) => {
		const response = await fetch(`${model.url}/chat/completions`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' },
			body: JSON.stringify({ model: 'scripted-model', tools: TOOLS, ...body }),
		});
		return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
	};
	const user = (content: string) => ({ role: 'user', content });

	beforeAll(async () => {
		model = await startScriptedModel();
		model.script({
			when: 'find ava',
			steps: [
				{ tool: 'Find_client_by_email', args: { email: 'ava@example.com' } },
				{ tool: /^List_/, args: (results: unknown[]) => (Array.isArray(results[0]) ? {} : { wrong: true }) },
			],
			answer: (results: unknown[]) => `Ava is ${(results[0] as Array<{ id: string }>)[0].id}; ${(results[1] as unknown[]).length} clients in all`,
		});
	});

	afterAll(async () => {
		await model.stop();
	});

	it('calls the tool its script names, with the script’s values and a value of its type for every other parameter', async () => {
		const answer = await chat({ messages: [{ role: 'system', content: 'Be helpful' }, user('please find ava')] });
		expect(answer.status).toBe(200);
		const completion = JSON.parse(answer.text);
		expect(completion).toMatchObject({ object: 'chat.completion', choices: [{ index: 0, finish_reason: 'tool_calls', message: { role: 'assistant', content: null } }] });
		const [call] = completion.choices[0].message.tool_calls as ToolCall[];
		expect(call).toMatchObject({ type: 'function', function: { name: 'Find_client_by_email' } });
		expect(JSON.parse(call.function.arguments)).toEqual({ email: 'ava@example.com', limit: 1, exact: true, extra: { extra: 'sample' } });
		expect(completion.usage.total_tokens).toBeGreaterThan(0);
	});

	it('plays the next step once a result is back, and answers in text from all the results', async () => {
		const first = { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'Find_client_by_email', arguments: '{}' } }] };
		const second = { role: 'assistant', content: null, tool_calls: [{ id: 'c2', type: 'function', function: { name: 'List_clients', arguments: '{}' } }] };
		const messages = [user('find ava'), first, { role: 'tool', tool_call_id: 'c1', content: '[{"id":"ava-1"}]' }];
		const next = JSON.parse((await chat({ messages })).text);
		expect(next.choices[0].message.tool_calls[0].function).toEqual({ name: 'List_clients', arguments: '{}' });
		const done = JSON.parse((await chat({ messages: [...messages, second, { role: 'tool', tool_call_id: 'c2', content: '[1,2,3]' }] })).text);
		expect(done.choices[0]).toMatchObject({ finish_reason: 'stop', message: { role: 'assistant', content: 'Ava is ava-1; 3 clients in all' } });
	});

	it('streams the same turns as server-sent chunks that add up to them, with usage when asked, ending in [DONE]', async () => {
		const answer = await chat({ messages: [user('find ava')], stream: true, stream_options: { include_usage: true } });
		expect(answer.type).toBe('text/event-stream');
		const events = answer.text.split('\n\n').filter(Boolean).map((event) => event.replace(/^data: /, ''));
		expect(events.at(-1)).toBe('[DONE]');
		const chunks = events.slice(0, -1).map((event) => JSON.parse(event));
		expect(chunks.every((chunk) => chunk.object === 'chat.completion.chunk')).toBe(true);
		const deltas = chunks.flatMap((chunk) => chunk.choices.map((choice: { delta: { tool_calls?: ToolCall[] } }) => choice.delta));
		const args = deltas.flatMap((delta) => delta.tool_calls ?? []).map((call) => call.function.arguments).join('');
		expect(JSON.parse(args)).toMatchObject({ email: 'ava@example.com' });
		expect(chunks.map((chunk) => chunk.choices[0]?.finish_reason).filter(Boolean)).toEqual(['tool_calls']);
		expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { total_tokens: expect.any(Number) } });

		const text = await chat({ messages: [user('find ava'), { role: 'tool', content: '[{"id":"a"}]' }, { role: 'tool', content: '[]' }], stream: true });
		const words = text.text
			.split('\n\n')
			.filter((event) => event.startsWith('data: {'))
			.map((event) => JSON.parse(event.slice(6)).choices[0]?.delta?.content ?? '')
			.join('');
		expect(words).toBe('Ava is a; 0 clients in all');
	});

	it('records each request with what it answered; a real model’s impossibilities are problems', async () => {
		model.script({ when: 'bad arguments', steps: [{ tool: 'Find_client_by_email', args: { email: 42, phone: '555' } }], answer: () => 'done' });
		model.script({ when: 'missing tool', steps: [{ tool: 'Delete_client' }], answer: () => 'done' });
		await chat({ messages: [user('bad arguments')] });
		await chat({ messages: [user('missing tool')] });
		await chat({ messages: [user('nothing scripted')] });
		await chat({ messages: [user('find ava'), { role: 'tool', content: '{"error":"x"}' }] });
		const [bad] = model.requestsFor('bad arguments') as ScriptedModel['requests'];
		expect(bad).toMatchObject({ authorization: 'Bearer sk-test', stream: false, tools: [{ name: 'Find_client_by_email' }, { name: 'List_clients' }] });
		expect(bad.problems).toEqual([
			'the script gives "phone", which is not a parameter of Find_client_by_email (it has email, limit, exact, extra)',
			'Find_client_by_email.email must be string, the script gives 42',
		]);
		expect(model.problems()).toEqual(
			expect.arrayContaining([
				'the tool Delete_client was not offered (offered: Find_client_by_email, List_clients)',
				'no script matches the message "nothing scripted"',
				'the script gives "wrong", which is not a parameter of List_clients (it has none)',
			]),
		);
	});

	it('lists its model, and answers other requests with OpenAI’s error body', async () => {
		const models = (await (await fetch(`${model.url}/models`)).json()) as { data: Array<{ id: string }> };
		expect(models.data.map((entry) => entry.id)).toEqual(['scripted-model']);
		const other = await fetch(`${model.url}/embeddings`, { method: 'POST', body: '{}' });
		expect(other.status).toBe(404);
		expect(((await other.json()) as OpenAiError).error.message).toContain('POST /v1/embeddings');
		const broken = await fetch(`${model.url}/chat/completions`, { method: 'POST', body: '{not json' });
		expect(broken.status).toBe(400);
		expect(((await broken.json()) as OpenAiError).error.type).toBe('invalid_request_error');
	});
});
