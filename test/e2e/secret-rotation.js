// The signing secret changed in the credential through n8n's API while signed events keep coming:
// each n8n process keeps the secret it read for KEEP_SECRET_MS, reads the credential again before it
// refuses a signature, and so must accept every event signed with the new secret at once and refuse
// the old secret once KEEP_SECRET_MS has passed since the change.
const { KEEP_SECRET_MS } = require('../../dist/nodes/CopilotTrigger/secretCache');
const { postSigned } = require('../../scripts/lib/http/signed-request');
const { API_KEY, sample, settle, sleep } = require('./context');
const { triggerToSink } = require('./workflows');

const SECRETS = { old: 'e2e-rotation-old-5d81c2', new: 'e2e-rotation-new-a94e07', newer: 'e2e-rotation-newer-3fb6d1' };
/** Events in flight at once, and each sender's pause between them: a steady stream n8n keeps up with. */
const SENDERS = 2;
const PAUSE_MS = 100;
/** How long events flow before the change, and after the old secret's time is up. */
const BEFORE_MS = 1500;
const AFTER_MS = 1500;

function registerSecretRotationTests(ctx) {
	let credential;

	beforeAll(async () => {
		ctx.extraSecrets.push(...Object.values(SECRETS));
		credential = await ctx.client.createCopilotCredential('Copilot rotation', { apiKey: API_KEY, webhookSigningSecret: SECRETS.old });
		await ctx.publish(
			'rotation',
			triggerToSink({
				name: 'Copilot events, secret rotated',
				webhookId: '0e2e0000-0000-4000-8000-00000000a017',
				credential,
				sinkUrl: `${ctx.sink.url}/rotation`,
			}),
		);
	}, 120_000);

	/**
	 * Streams signed events while the credential's secret changes from `from` to `to`: the events sent
	 * before are signed with `from`, and `signAfter(n)` names the secret of the n-th event sent after.
	 * Returns every event with the time it was sent and its answer, and when the change was saved.
	 */
	async function streamThroughChange({ from, to, signAfter }) {
		let changedAt = Infinity;
		let changeStartedAt = Infinity;
		let afterChange = 0;
		const events = [];
		const sender = async () => {
			while (Date.now() < changedAt + KEEP_SECRET_MS + AFTER_MS) {
				const sentAt = Date.now();
				const name = sentAt >= changedAt ? signAfter(afterChange++) : from;
				const event = sample('client.updated', ctx.nextId(`rotation-${name}`));
				const { status, body } = await postSigned(ctx.workflows.rotation.url, JSON.stringify(event), SECRETS[name]);
				ctx.answers.push(body);
				events.push({ id: event.data.id, name, sentAt, status });
				await sleep(PAUSE_MS);
			}
		};
		const change = async () => {
			await sleep(BEFORE_MS);
			changeStartedAt = Date.now();
			await ctx.client.updateCopilotCredential(credential, { apiKey: API_KEY, webhookSigningSecret: SECRETS[to] });
			changedAt = Date.now();
		};
		await Promise.all([change(), ...Array.from({ length: SENDERS }, sender)]);
		return { events, changeStartedAt, changedAt };
	}

	/** Accepted events must each run once, refused ones never; the final accounting checks it again. */
	async function expectRunsOnce(events) {
		const accepted = events.filter((event) => event.status === 200).map((event) => event.id);
		const refused = events.filter((event) => event.status !== 200).map((event) => event.id);
		ctx.sentTo('rotation').accepted.push(...accepted);
		ctx.sentTo('rotation').refused.push(...refused);
		const ran = () => ctx.sink.itemsAt('/rotation').map((item) => item.data.id);
		await settle(async () => ran().filter((id) => accepted.includes(id)).length, accepted.length);
		const runs = ran();
		expect(accepted.filter((id) => runs.filter((seen) => seen === id).length !== 1)).toEqual([]);
		expect(refused.filter((id) => runs.includes(id))).toEqual([]);
		ctx.summary.accepted += accepted.length;
		ctx.summary.refused += refused.length;
	}

	const answersOf = (events) => events.map((event) => event.status);
	const describeWindow = (events, changedAt) => {
		const accepted = events.filter((event) => event.status === 200);
		const lastAccepted = accepted.length ? Math.max(...accepted.map((event) => event.sentAt - changedAt)) : null;
		return `${accepted.length} of ${events.length} accepted${lastAccepted === null ? '' : `, the last sent ${lastAccepted} ms after the change`}`;
	};

	test('a secret changed while events flow: every event signed with the new one runs, the old one is refused', async () => {
		// After the change, events signed with the new and the old secret take turns.
		const signAfter = (n) => (n % 2 === 0 ? 'new' : 'old');
		const { events, changeStartedAt, changedAt } = await streamThroughChange({ from: 'old', to: 'new', signAfter });

		const before = events.filter((event) => event.sentAt < changeStartedAt);
		const signedNew = events.filter((event) => event.name === 'new');
		const oldInWindow = events.filter((event) => event.name === 'old' && event.sentAt >= changedAt && event.sentAt < changedAt + KEEP_SECRET_MS);
		const oldLate = events.filter((event) => event.name === 'old' && event.sentAt >= changedAt + KEEP_SECRET_MS);
		expect(before.length).toBeGreaterThan(0);
		expect(new Set(answersOf(before))).toEqual(new Set([200]));
		expect(signedNew.length).toBeGreaterThan(0);
		expect(new Set(answersOf(signedNew))).toEqual(new Set([200]));
		expect(oldLate.length).toBeGreaterThan(0);
		expect(new Set(answersOf(oldLate))).toEqual(new Set([401]));
		await expectRunsOnce(events);
		ctx.summary.n8nAnswers.push(
			`secret changed while events flowed: ${signedNew.length} events signed with the new secret, all 200; ` +
				`old secret within ${KEEP_SECRET_MS} ms of the change: ${describeWindow(oldInWindow, changedAt)}; after: ${oldLate.length} × 401`,
		);
		ctx.summary.checks++;
	}, 120_000);

	test(`the old secret alone, still sent after a change: refused once ${KEEP_SECRET_MS} ms have passed`, async () => {
		// Only events signed with the secret being replaced: nothing but the time makes n8n read the credential again.
		const { events, changeStartedAt, changedAt } = await streamThroughChange({ from: 'new', to: 'newer', signAfter: () => 'new' });

		const before = events.filter((event) => event.sentAt < changeStartedAt);
		const inWindow = events.filter((event) => event.sentAt >= changedAt && event.sentAt < changedAt + KEEP_SECRET_MS);
		const late = events.filter((event) => event.sentAt >= changedAt + KEEP_SECRET_MS);
		expect(new Set(answersOf(before))).toEqual(new Set([200]));
		expect(late.length).toBeGreaterThan(0);
		expect(new Set(answersOf(late))).toEqual(new Set([401]));
		const current = sample('client.updated', ctx.nextId('rotation-newer'));
		const answer = await postSigned(ctx.workflows.rotation.url, JSON.stringify(current), SECRETS.newer);
		expect(answer.status).toBe(200);
		await expectRunsOnce([...events, { id: current.data.id, status: answer.status }]);
		ctx.summary.n8nAnswers.push(
			`only the replaced secret sent after a change: within ${KEEP_SECRET_MS} ms ${describeWindow(inWindow, changedAt)}; after: ${late.length} × 401`,
		);
		ctx.summary.checks++;
	}, 120_000);
}

module.exports = { registerSecretRotationTests };
