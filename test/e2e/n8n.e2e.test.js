// End-to-end: our packed package installed as a community package in a real n8n, per n8n version.
const { E2E_N8N_VERSIONS } = require('../../scripts/lib/n8n/versions');
const { registerActionTests } = require('./actions');
const { registerAgentTests } = require('./agent');
const { registerAppTests } = require('./app');
const { createContext } = require('./context');
const { registerCopilotServerTests } = require('./copilot-server');
const { EXPECTED_CHANGES, registerDeliveryTests } = require('./deliveries');
const { registerHostileInputTests } = require('./hostile');
const { registerInstallationTests } = require('./installation');
const { registerLifecycleTests } = require('./lifecycle');
const { registerMcpTests } = require('./mcp');
const { registerRespondTests } = require('./respond');
const { registerSecretRotationTests } = require('./secret-rotation');
const { registerTaskEventTests } = require('./task-events');
const { registerTestUrlTests } = require('./test-url');
const { triggerToSink } = require('./workflows');

const VERSIONS = process.env.E2E_N8N_VERSIONS ? process.env.E2E_N8N_VERSIONS.split(',') : E2E_N8N_VERSIONS;

const summaries = [];

afterAll(() => {
	process.stdout.write(`\nEnd-to-end summary\n${summaries.join('\n')}\n\n`);
});

describe.each(VERSIONS)('Copilot Trigger and Copilot node in a real n8n@%s', (version) => {
	const ctx = createContext(version);

	beforeAll(async () => {
		await ctx.start();
		await ctx.publish(
			'events',
			triggerToSink({
				name: 'Copilot events',
				webhookId: '0e2e0000-0000-4000-8000-000000000001',
				events: Object.keys(EXPECTED_CHANGES),
				credential: ctx.credential,
				sinkUrl: `${ctx.sink.url}/events`,
			}),
		);
		// The same workflow with the trigger at version 1, as existing workflows keep it.
		await ctx.publish(
			'eventsV1',
			triggerToSink({
				name: 'Copilot events (trigger version 1)',
				webhookId: '0e2e0000-0000-4000-8000-000000000003',
				events: Object.keys(EXPECTED_CHANGES),
				credential: ctx.credential,
				sinkUrl: `${ctx.sink.url}/events-v1`,
				typeVersion: 1,
			}),
		);
		await ctx.publish(
			'statusChanges',
			triggerToSink({
				name: 'Copilot status changes, split out',
				webhookId: '0e2e0000-0000-4000-8000-000000000002',
				events: ['*'],
				options: { onlyWhenFieldsChanged: 'status', splitOutChanges: true },
				credential: ctx.credential,
				sinkUrl: `${ctx.sink.url}/status`,
			}),
		);
	}, 30 * 60 * 1000);

	afterAll(async () => {
		await ctx.stop();
		ctx.cleanUp();
		const { summary } = ctx;
		summaries.push(
			[
				`  n8n@${version}: ${summary.checks} checks passed; ${summary.accepted} signed events executed, ${summary.refused} requests refused or ignored with no execution`,
				...summary.n8nAnswers.map((answer) => `    ${answer}`),
			].join('\n'),
		);
	}, 60_000);

	registerInstallationTests(ctx);
	registerDeliveryTests(ctx);
	registerTaskEventTests(ctx);
	registerHostileInputTests(ctx, 'events', 1.1);
	registerHostileInputTests(ctx, 'eventsV1', 1);
	registerRespondTests(ctx);
	registerSecretRotationTests(ctx);
	registerActionTests(ctx);
	registerAgentTests(ctx);
	registerMcpTests(ctx);
	registerAppTests(ctx);
	registerCopilotServerTests(ctx);
	registerTestUrlTests(ctx);
	registerLifecycleTests(ctx);
});
