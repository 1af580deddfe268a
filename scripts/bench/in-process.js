#!/usr/bin/env node --expose-gc
// Part 1 of `npm run bench`: our whole handling of one event, in process, against the floor of
// HMAC-SHA256 + JSON.parse on the same bytes. Prints one JSON document on stdout.
const { createHmac } = require('node:crypto');
const { Bench } = require('tinybench');

const { CopilotTrigger } = require('../../dist/nodes/CopilotTrigger/CopilotTrigger.node');
const { bodyOfSize, bodyWithChangedFields, signed } = require('./payloads');

const SECRET = 'bench-signing-secret';
const trigger = new CopilotTrigger();

/** The node's webhook() with the least n8n can hand it: request, parameters, credential. */
function handler(splitOutChanges) {
	const request = { rawBody: Buffer.alloc(0), headers: {} };
	const parameters = { events: ['*'], options: { splitOutChanges } };
	const context = {
		getRequestObject: () => request,
		getResponseObject: () => {
			throw new Error('a benchmark event was refused');
		},
		getCredentials: async () => ({ apiKey: 'key', webhookSigningSecret: SECRET }),
		getNodeParameter: (name, fallback) => parameters[name] ?? fallback,
		// A published workflow's trigger, whose credential n8n names by id: the secret it read is kept.
		getMode: () => 'webhook',
		getNode: () => ({ name: 'Copilot Trigger', credentials: { copilotApi: { id: 'bench', name: 'bench' } } }),
		getWorkflow: () => ({ id: 'bench', name: 'bench', active: true }),
	};
	return async ({ raw, signature }) => {
		request.rawBody = raw;
		request.headers['x-copilot-signature'] = signature;
		const result = await trigger.webhook.call(context);
		if (!result.workflowData) throw new Error('a benchmark event started no execution');
		return result;
	};
}

function floor({ raw }) {
	createHmac('sha256', SECRET).update(raw).digest('hex');
	return JSON.parse(raw);
}

const CASES = [
	...[1024, 64 * 1024, 1024 * 1024].map((bytes) => ({ series: 'body size', label: `${bytes / 1024} KB`, body: bodyOfSize(bytes), changedFields: 1 })),
	...[1, 100, 10_000].map((count) => ({ series: 'changed fields', label: `${count} fields`, body: bodyWithChangedFields(count), changedFields: count })),
];

function stats(task) {
	const latency = task.result.latency;
	return { nsPerEvent: latency.p50 * 1e6, meanNs: latency.mean * 1e6, samples: latency.samplesCount, relativeMarginOfError: latency.rme };
}

async function measure() {
	const bench = new Bench({ time: 700, warmupTime: 200 });
	const perEvent = handler(false);
	const perChange = handler(true);
	for (const testCase of CASES) {
		const event = signed(testCase.body, SECRET);
		bench.add(`${testCase.label} floor`, () => floor(event));
		bench.add(`${testCase.label} trigger`, () => perEvent(event));
		bench.add(`${testCase.label} trigger split-out`, () => perChange(event));
	}
	await bench.run();
	const byName = Object.fromEntries(bench.tasks.map((task) => [task.name, stats(task)]));
	return CASES.map((testCase) => {
		const floorNs = byName[`${testCase.label} floor`].nsPerEvent;
		const row = (name) => {
			const { nsPerEvent } = byName[name];
			return { nsPerEvent, eventsPerSecond: 1e9 / nsPerEvent, ratioToFloor: nsPerEvent / floorNs };
		};
		return {
			series: testCase.series,
			label: testCase.label,
			bytes: testCase.body.length,
			changedFields: testCase.changedFields,
			floor: { nsPerEvent: floorNs, eventsPerSecond: 1e9 / floorNs },
			trigger: row(`${testCase.label} trigger`),
			splitOut: row(`${testCase.label} trigger split-out`),
		};
	});
}

async function heapGrowth() {
	const handle = handler(false);
	const event = signed(bodyOfSize(64 * 1024), SECRET);
	const heapAfter = async (events) => {
		for (let i = 0; i < events; i++) await handle(event);
		global.gc();
		global.gc();
		return process.memoryUsage().heapUsed;
	};
	const after1000 = await heapAfter(1000);
	const after10000 = after1000 && (await heapAfter(9000));
	return { bodyBytes: event.raw.length, after1000, after10000, ratio: after10000 / after1000 };
}

async function main() {
	if (typeof global.gc !== 'function') throw new Error('run with node --expose-gc');
	const heap = await heapGrowth();
	const rows = await measure();
	process.stdout.write(`${JSON.stringify({ node: process.version, rows, heap }, null, 2)}\n`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
