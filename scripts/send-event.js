#!/usr/bin/env node
// Posts a realistic, correctly signed Copilot event to a webhook URL: test a workflow without Copilot.
const { readdirSync, readFileSync } = require('node:fs');
const { basename, join } = require('node:path');
const { parseArgs } = require('node:util');

const { postSigned } = require('./lib/http/signed-request');

const EVENTS_DIR = join(__dirname, '..', 'examples', 'events');
const SECRET_VARIABLE = 'COPILOT_WEBHOOK_SECRET';

const USAGE = `Usage: npm run send-event -- --url <webhook url> [--secret <secret>] [options] [event type]

Posts a Copilot event signed with the webhook signing secret, as Copilot would, and prints the answer.

  --url <url>          the Copilot Trigger's Test or Production URL
  --secret <secret>    the signing secret in the n8n credential (or set ${SECRET_VARIABLE})
  --data <file>        send this JSON file instead of a built-in event
  --id <id>            set the event's data.id, e.g. to a client that exists in your Copilot
  --created <time>     set the event's created (default for built-in events that have one: now,
                       as Copilot stamps the time it sends an event; "keep" sends the file's)
  --bad-signature      sign with a wrong secret, to see the trigger's 401
  --list               list the built-in events
  event type           a built-in event (default client.updated): ${builtInEvents().join(', ')}

Example:
  npm run send-event -- --url http://127.0.0.1:5678/webhook/5d6c1b7e-2f0a-4a8e-9d1c-3c0b1a7e0001/webhook --secret dev-secret client.updated`;

function builtInEvents() {
	return readdirSync(EVENTS_DIR)
		.filter((file) => file.endsWith('.json'))
		.map((file) => basename(file, '.json'))
		.sort();
}

function fail(message) {
	console.error(`${message}\n\n${USAGE}`);
	process.exit(2);
}

/**
 * The `created` to send: the one asked for; for a built-in event that has one, the time of sending,
 * as Copilot stamps it; else none (the event goes out as written).
 */
function createdToSend(values, event) {
	if (values.created === 'keep') return undefined;
	if (values.created !== undefined) return values.created;
	const builtIn = !values.data && Object.prototype.hasOwnProperty.call(event, 'created');
	return builtIn ? new Date().toISOString() : undefined;
}

function readBody(values, eventType) {
	let body;
	if (values.data) body = readFileSync(values.data);
	else if (!builtInEvents().includes(eventType)) fail(`No built-in event "${eventType}".`);
	else body = readFileSync(join(EVENTS_DIR, `${eventType}.json`));
	let event;
	try {
		event = JSON.parse(body.toString('utf8'));
	} catch {
		// Not JSON: sent as it is, to see what the trigger answers.
		return body;
	}
	const created = createdToSend(values, event);
	if (values.id === undefined && created === undefined) return body;
	// Re-serialised only when something changes: otherwise the bytes go out exactly as written.
	if (created !== undefined) event.created = created;
	if (values.id !== undefined) event.data = { ...event.data, id: values.id };
	return JSON.stringify(event, null, 2);
}

async function main() {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				url: { type: 'string' },
				secret: { type: 'string' },
				data: { type: 'string' },
				id: { type: 'string' },
				created: { type: 'string' },
				'bad-signature': { type: 'boolean', default: false },
				list: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		fail(error.message);
	}
	const { values, positionals } = parsed;
	if (values.help) return console.log(USAGE);
	if (values.list) return console.log(builtInEvents().join('\n'));
	if (!values.url) fail('--url is required.');
	const secret = values.secret ?? process.env[SECRET_VARIABLE];
	if (!secret) fail(`--secret (or ${SECRET_VARIABLE}) is required.`);

	const eventType = positionals[0] ?? 'client.updated';
	const body = readBody(values, eventType);
	const signingSecret = values['bad-signature'] ? `${secret}-wrong` : secret;
	const { status, body: answer } = await postSigned(values.url, body, signingSecret);
	console.log(`HTTP ${status}${answer ? ` ${answer}` : " (empty body)"}`);
	process.exitCode = status >= 200 && status < 300 ? 0 : 1;
}

main().catch((error) => {
	console.error(`Could not send the event: ${error.cause?.message ?? error.message}`);
	process.exitCode = 1;
});
