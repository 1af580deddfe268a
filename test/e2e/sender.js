// Sends many signed events at a bounded concurrency, as Copilot would, optionally retrying.
const { postSigned } = require('../../scripts/lib/signed-request');
const { sleep } = require('./context');

/**
 * Posts every job, `concurrency` at a time. With `retry`, a request that could not connect or did
 * not get a 200 is sent again, as Copilot retries its deliveries, until `retryForMs` ends (while n8n
 * restarts it first refuses connections, then answers 404 until the workflow's webhook is back).
 * `progress.acknowledged` counts the 200s as they arrive; once `until()` is true no new job starts.
 * Returns the results of the jobs that were sent.
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
			let attempts = 0;
			for (;;) {
				attempts++;
				try {
					const { status } = await postSigned(url, job.raw, job.secret);
					if (status !== 200) (progress.otherAnswers ??= {})[status] = (progress.otherAnswers[status] ?? 0) + 1;
					if (status === 200) progress.acknowledged++;
					if (!retry || status === 200 || Date.now() > deadline) {
						results[index] = { ...job, status, attempts, startedAt };
						break;
					}
				} catch (error) {
					if (!retry || Date.now() > deadline) {
						results[index] = { ...job, status: 0, error: error.cause?.code ?? error.message, attempts, startedAt };
						break;
					}
				}
				await sleep(200);
			}
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return results.filter(Boolean);
}

module.exports = { sendAll };
