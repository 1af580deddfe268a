// Copilot's limit of 20 requests per second as a token bucket: `burst` requests at once, then
// refilled continuously at `perSecond`, so a steady 20/s client never sees a 429.

/** `now` (milliseconds) is injectable so the bucket can be tested without waiting. */
function createTokenBucket({ perSecond = 20, burst = perSecond, now: clock } = {}, now = clock ?? (() => performance.now())) {
	if (!(perSecond > 0) || !(burst >= 1)) throw new TypeError('rateLimit needs perSecond > 0 and burst >= 1');
	let tokens = burst;
	let last = now();
	return {
		/** Takes a token if there is one; false means "answer 429". */
		take() {
			const current = now();
			tokens = Math.min(burst, tokens + ((current - last) / 1000) * perSecond);
			last = current;
			if (tokens < 1) return false;
			tokens -= 1;
			return true;
		},
		/** Full again, as after a quiet second: a test starts from a known state instead of sleeping. */
		refill() {
			tokens = burst;
			last = now();
		},
	};
}

module.exports = { createTokenBucket };
