/**
 * When a Copilot request is tried again, and after how long.
 *
 * Copilot has no idempotency keys, so the one question that matters is whether the first attempt may
 * have been done. A 429 was refused before anything happened ("subsequent requests will succeed
 * after one second"), and a connection that was never made carried nothing: both are always tried
 * again, a 429 for up to a minute. A 5xx, a 408, a timeout or a connection cut off mid-request may
 * come after the work was done (a gateway's 502 usually does), so only requests that can safely be
 * repeated are: reads, PATCH, PUT and DELETE (Copilot's own apps retry 408 too: tasks-app
 * withRetry.ts). A create or send (POST) is not, since doing it twice can bill a client twice.
 */

/** What became of one attempt. */
export type Outcome =
	| { kind: 'answered'; status: number; retryAfter?: unknown }
	/** No connection was made (refused, unknown host): Copilot received nothing. */
	| { kind: 'notSent' }
	/** The request may have reached Copilot but no answer came: timed out, reset, hung up. */
	| { kind: 'noAnswer' };

export interface AttemptState {
	/** Whether doing the request twice is harmless: true for GET, PATCH, PUT and DELETE. */
	repeatable: boolean;
	/** Retries already made for this request (0 after the first attempt). */
	retries: number;
	/** Milliseconds already spent waiting between this request's attempts. */
	waitedMs: number;
	/** All waits of this request together may not pass this; RETRY_POLICY.maxTotalWaitMs when unset. */
	maxWaitMs?: number;
	/** Of those, the milliseconds waited after a 429. */
	rateLimitedMs?: number;
}

export type Decision =
	| { retry: true; delayMs: number }
	/**
	 * `mayHaveBeenDone`: the request is not repeatable and its last attempt may have taken effect.
	 * `rateLimitedTooLong`: Copilot kept answering 429 for longer than a refusal of its rate limit lasts.
	 */
	| { retry: false; mayHaveBeenDone: boolean; rateLimitedTooLong?: boolean };

export const RETRY_POLICY = {
	/** Retries after a 5xx, a timeout or a connection error; 429s are bounded by time instead. */
	maxRetries: 4,
	/** The backoff before retry n is drawn from [0, min(maxDelayMs, baseDelayMs × 2^n)). */
	baseDelayMs: 500,
	maxDelayMs: 8_000,
	/** Copilot's window: after a 429 nothing succeeds for this long. */
	rateLimitWindowMs: 1_000,
	/** A Retry-After longer than this is not honoured as given. */
	maxRetryAfterMs: 60_000,
	/** All waits of one request together, beyond which it fails rather than wait on. */
	maxTotalWaitMs: 120_000,
	/**
	 * The waits after 429s of one request together. Copilot's rate limit refuses for a second; 429s for
	 * a minute mean something else: a monthly request cap used up (Copilot does not document what it
	 * answers then), or another client using the workspace's whole limit.
	 */
	maxRateLimitedMs: 60_000,
} as const;

/** Methods whose repetition changes nothing beyond the first time. */
export function isRepeatable(method: string): boolean {
	return ['GET', 'HEAD', 'PATCH', 'PUT', 'DELETE'].includes(method.toUpperCase());
}

/** Seconds in a Retry-After header, capped; dates and junk count as absent. */
export function retryAfterMs(header: unknown): number | undefined {
	const seconds = Number(Array.isArray(header) ? header[0] : header);
	if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
	return Math.min(seconds * 1000, RETRY_POLICY.maxRetryAfterMs);
}

/** "Full jitter": anywhere from nothing to the exponential backoff, so that retries spread out. */
export function backoffMs(retries: number, random: () => number): number {
	const ceiling = Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** retries);
	return Math.floor(random() * ceiling);
}

function within(state: AttemptState, delayMs: number, maxRetries: number): Decision {
	if (state.retries >= maxRetries || state.waitedMs + delayMs > (state.maxWaitMs ?? RETRY_POLICY.maxTotalWaitMs)) {
		return { retry: false, mayHaveBeenDone: false };
	}
	return { retry: true, delayMs };
}

/** Copilot's 408 says it gave up waiting for the request, which may have been done all the same: as no answer. */
const REQUEST_TIMEOUT = 408;

export function decideRetry(outcome: Outcome, state: AttemptState, random: () => number = Math.random): Decision {
	if (outcome.kind === 'answered' && outcome.status === 429) {
		// Copilot's window first, then a jittered share of the backoff so that executions hit by the
		// same 429 do not all come back in the same millisecond.
		const delay = retryAfterMs(outcome.retryAfter) ?? RETRY_POLICY.rateLimitWindowMs + backoffMs(state.retries, random);
		if ((state.rateLimitedMs ?? 0) + delay > RETRY_POLICY.maxRateLimitedMs) return { retry: false, mayHaveBeenDone: false, rateLimitedTooLong: true };
		return within(state, delay, Infinity);
	}
	if (outcome.kind === 'notSent') return within(state, backoffMs(state.retries, random), RETRY_POLICY.maxRetries);
	const unsure = outcome.kind === 'noAnswer' || outcome.status >= 500 || outcome.status === REQUEST_TIMEOUT;
	if (!unsure) return { retry: false, mayHaveBeenDone: false };
	if (!state.repeatable) return { retry: false, mayHaveBeenDone: true };
	const asked = outcome.kind === 'answered' ? retryAfterMs(outcome.retryAfter) : undefined;
	return within(state, asked ?? backoffMs(state.retries, random), RETRY_POLICY.maxRetries);
}
