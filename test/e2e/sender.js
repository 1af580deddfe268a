// Sends many signed events at a bounded concurrency, as Copilot would, optionally retrying.
const { postSigned } = require('../../scripts/lib/http/signed-request');
const { SECRET, sample, sleep } = require('./context');

/**
 * `count` client.updated events with distinct ids `<label>-<n>`; with `forgedEvery`, every that-many-th
 * one (from the first) is signed with a wrong secret and marked `forged`.
 */
function signedJobs(label, count, forgedEvery = 0) {
	return Array.from({ length: count }, (_, index) => {
		const event = sample('client.updated', `${label}-${index}`);
		const forged = forgedEvery > 0 && index % forgedEvery === 0;
		return { id: event.data.id, raw: JSON.stringify(event), secret: forged ? 'forged-secret' : SECRET, forged };
	});
}

/** What a retrying sender sends again: no answer, 404 (n8n restarting: webhook not back yet), 5xx. */
const retryable = (status) => status === 0 || status === 404 || status >= 500;

/**
 * Posts every job, `concurrency` at a time. With `retry`, a request that could not connect or got a
 * retryable answer is sent again, as Copilot retries its deliveries, until `retryForMs` ends.
 * `progress.acknowledged` counts the 200s as they arrive; once `until()` is true no new job starts.
 * Returns the results of the jobs that were sent, each with the last answer's `status` and `body`,
 * and every attempt's status in `answers` (0 where none came).
 */
async function sendAll(url, jobs, { concurrency, retry = false, retryForMs = 120_000, progress = {}, until = () => false }) {
	progress.acknowledged = 0;
	const results = new Array(jobs.length);
	let next = 0;
	const worker = async () => {
		while (next < jobs.length && !until()) {
			const index = next++;
			const job = jobs[index];
			const startedAt = Date.now();
			const deadline = startedAt + retryForMs;
			const answers = [];
			for (;;) {
				let status = 0;
				let body;
				let error;
				try {
					({ status, body } = await postSigned(url, job.raw, job.secret));
				} catch (failure) {
					error = failure.cause?.code ?? failure.message;
				}
				answers.push(status);
				if (status !== 200) (progress.otherAnswers ??= {})[status] = (progress.otherAnswers[status] ?? 0) + 1;
				if (status === 200) progress.acknowledged++;
				if (!retry || !retryable(status) || Date.now() > deadline) {
					results[index] = { ...job, status, body, error, attempts: answers.length, answers, startedAt };
					break;
				}
				await sleep(200);
			}
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return results.filter(Boolean);
}

module.exports = { sendAll, signedJobs };
