/**
 * Copilot allows 20 requests a second per workspace and answers 429 beyond that. One limiter per
 * workspace in each n8n process holds every request of every execution, list search and dropdown
 * that uses it to that rate, always, so that a burst of executions started by a burst of Copilot
 * events queues up here instead of bouncing off 429s. In queue mode each worker has its own limiter;
 * the 429 handling covers what several workers send together.
 */

/** The clock the limiter reads; Date.now in the node, a fake one in tests. */
export type Now = () => number;

/** Copilot's second, plus room for the network to deliver two requests closer together than sent. */
export const WINDOW_MS = 1025;
export const REQUESTS_PER_WINDOW = 20;

export class RateLimiter {
	/** Start times handed out, oldest first, never decreasing; only the last `perWindow` matter. */
	private readonly starts: number[] = [];

	private pausedUntil = -Infinity;

	constructor(
		private readonly now: Now,
		private readonly perWindow = REQUESTS_PER_WINDOW,
		private readonly windowMs = WINDOW_MS,
	) {}

	/**
	 * Books the next start the limit allows and says how many milliseconds from now it is. Booking
	 * happens at once, before any wait, so concurrent callers never get the same slot.
	 */
	reserve(): number {
		const now = this.now();
		let start = Math.max(now, this.pausedUntil, this.starts[this.starts.length - 1] ?? -Infinity);
		if (this.starts.length >= this.perWindow) {
			start = Math.max(start, this.starts[this.starts.length - this.perWindow] + this.windowMs);
		}
		this.starts.push(start);
		if (this.starts.length > this.perWindow) this.starts.shift();
		return start - now;
	}

	/** Copilot answered 429: nothing starts for `ms` from now, whatever was booked. */
	pause(ms: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
	}
}

const MAX_WORKSPACES = 1000;
const limiters = new Map<string, RateLimiter>();

/**
 * The limiter of one workspace (`key` identifies it, see CopilotClient), shared by everything in this
 * process. The oldest is forgotten past MAX_WORKSPACES, so the map cannot grow without bound.
 */
export function workspaceLimiter(key: string, now: Now = Date.now): RateLimiter {
	let limiter = limiters.get(key);
	if (!limiter) {
		if (limiters.size >= MAX_WORKSPACES) limiters.delete(limiters.keys().next().value as string);
		limiter = new RateLimiter(now);
		limiters.set(key, limiter);
	}
	return limiter;
}
