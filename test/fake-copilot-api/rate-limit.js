// Copilot's limit of 20 requests per second, as a token bucket: `burst` requests at once, refilled
// continuously at `perSecond`.

function createTokenBucket({ perSecond = 20, burst = perSecond } = {}, now = () => performance.now()) {
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
	};
}

module.exports = { createTokenBucket };
