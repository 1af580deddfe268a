// The workflows users choose between, doing the same job: take a signed Copilot event. The Copilot
// Trigger runs at both its versions: 1.1 for new workflows, 1 for the existing ones.
const { copilotTriggerNode } = require('../lib/n8n/workflow-nodes');

const SECRET = 'bench-signing-secret';

const WEBHOOK_IDS = {
	copilotTrigger: 'be4c0000-0000-4000-8000-00000000000a',
	copilotTriggerV1: 'be4c0000-0000-4000-8000-0000000000a0',
	copilotTriggerBefore: 'be4c0000-0000-4000-8000-00000000a000',
	webhookOnly: 'be4c0000-0000-4000-8000-00000000000b',
	webhookAndCode: 'be4c0000-0000-4000-8000-00000000000c',
};

/** What a careful user writes in a Code node when they do it by hand. */
const VERIFY_AND_DIFF = `const crypto = require('crypto');
const item = $input.first();
const raw = await this.helpers.getBinaryDataBuffer(0, 'data');
const expected = crypto.createHmac('sha256', '${SECRET}').update(raw).digest('hex');
const given = String(item.json.headers['x-copilot-signature'] || '');
if (given.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
  throw new Error('Invalid Copilot signature');
}
const event = JSON.parse(raw.toString('utf8'));
const { previousAttributes, ...data } = event.data || {};
const previous = previousAttributes || event.previousAttributes || null;
const changes = [];
const walk = (prefix, before, after) => {
  for (const [key, value] of Object.entries(before)) {
    const field = prefix ? prefix + '.' + key : key;
    const now = after && typeof after === 'object' ? after[key] : undefined;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length) walk(field, value, now);
    else changes.push({ field, previous: value, current: now === undefined ? null : now });
  }
};
if (previous) walk('', previous, data);
changes.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
return [{ json: { eventType: event.eventType, data, previousAttributes: previous, changedFields: changes.map((c) => c.field), changes } }];`;

function webhookNode(webhookId, options = {}) {
	return {
		parameters: { httpMethod: 'POST', path: webhookId, responseMode: 'onReceived', options },
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId,
	};
}

/** The workflows; with `beforeType`, also the trigger of another commit (see trigger-at-ref.js). */
function workflows(credential, { beforeType } = {}) {
	const before = beforeType && {
		copilotTriggerBefore: {
			name: 'bench: Copilot Trigger 1.1, before',
			url: `/webhook/${WEBHOOK_IDS.copilotTriggerBefore}/webhook`,
			nodes: [{ ...copilotTriggerNode({ webhookId: WEBHOOK_IDS.copilotTriggerBefore, credential }), type: beforeType }],
			connections: {},
		},
	};
	return {
		...before,
		copilotTrigger: {
			name: 'bench: Copilot Trigger 1.1',
			url: `/webhook/${WEBHOOK_IDS.copilotTrigger}/webhook`,
			nodes: [copilotTriggerNode({ webhookId: WEBHOOK_IDS.copilotTrigger, credential })],
			connections: {},
		},
		copilotTriggerV1: {
			name: 'bench: Copilot Trigger 1',
			url: `/webhook/${WEBHOOK_IDS.copilotTriggerV1}/webhook`,
			nodes: [copilotTriggerNode({ webhookId: WEBHOOK_IDS.copilotTriggerV1, credential, typeVersion: 1 })],
			connections: {},
		},
		webhookOnly: {
			name: 'bench: Webhook node (no verification)',
			url: `/webhook/${WEBHOOK_IDS.webhookOnly}`,
			nodes: [webhookNode(WEBHOOK_IDS.webhookOnly)],
			connections: {},
		},
		webhookAndCode: {
			name: 'bench: Webhook + Code (HMAC and diff by hand)',
			url: `/webhook/${WEBHOOK_IDS.webhookAndCode}`,
			nodes: [
				webhookNode(WEBHOOK_IDS.webhookAndCode, { rawBody: true }),
				{
					parameters: { jsCode: VERIFY_AND_DIFF },
					name: 'Verify and diff',
					type: 'n8n-nodes-base.code',
					typeVersion: 2,
					position: [300, 0],
				},
			],
			connections: { Webhook: { main: [[{ node: 'Verify and diff', type: 'main', index: 0 }]] } },
		},
	};
}

module.exports = { SECRET, workflows };
