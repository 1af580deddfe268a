/**
 * When a Copilot request is tried again. Copilot answers 429 above 20 requests per second and says
 * "subsequent requests will succeed after one second"; its own apps retry 429 and 5xx with
 * exponential backoff. Other 4xx answers mean the request itself is wrong and never change on retry.
 */
export const RETRY_POLICY = {
	maxRetries: 4,
	rateLimitedDelayMs: 1000,
	serverErrorDelayMs: 500,
} as const;

export function isRetryable(status: number): boolean {
	return status === 429 || status >= 500;
}

/** Seconds in a Retry-After header, if Copilot ever sends one; dates and junk are ignored. */
function retryAfterMs(header: unknown): number {
	const seconds = Number(Array.isArray(header) ? header[0] : header);
	return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

/** How long to wait before retry number `retry` (0 for the first) of a request answered `status`. */
export function retryDelayMs(status: number, retry: number, retryAfterHeader?: unknown): number {
	const base = status === 429 ? RETRY_POLICY.rateLimitedDelayMs : RETRY_POLICY.serverErrorDelayMs;
	return Math.max(base * 2 ** retry, retryAfterMs(retryAfterHeader));
}
