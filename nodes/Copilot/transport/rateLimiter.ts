/**
 * Copilot allows 20 requests a second per workspace and answers 429 beyond that. One limiter per
 * workspace in each n8n process holds every request of every execution, list search and dropdown
 * that uses it to that rate, always, so that a burst of executions started by a burst of Copilot
 * events queues up here instead of bouncing off 429s.
 *
 * Where this process is not Copilot's only client of the workspace (several queue-mode workers, or
 * another app with the same key), Copilot's 429 is the only sign of the others. Then the limiter
 * pauses for Copilot's second and halves its own share, and wins it back one request per quiet
 * window, so that processes sharing a workspace settle near the limit between them instead of
 * each bursting into it again and again.
 */

import { RETRY_POLICY } from './retry';

/** The clock the limiter reads; Date.now in the node, a fake one in tests. */
export type Now = () => number;

/** Copilot's second, plus room for the network to deliver two requests closer together than sent. */
export const WINDOW_MS = 1025;
export const REQUESTS_PER_WINDOW = 20;

export class RateLimiter {
	/** Start times handed out, oldest first, never decreasing; only the last `perWindow` matter. */
	private readonly starts: number[] = [];

	private pausedUntil = -Infinity;

	/** Requests this process may start per window now: `perWindow` unless Copilot said 429 lately. */
	private share: number;

	/** When `share` last changed, to win back one request per quiet window since. */
	private shareChangedAt = -Infinity;

	constructor(
		private readonly now: Now,
		private readonly perWindow = REQUESTS_PER_WINDOW,
		private readonly windowMs = WINDOW_MS,
	) {
		this.share = perWindow;
	}

	/**
	 * Books the next start the limit allows and says how many milliseconds from now it is. Booking
	 * happens at once, before any wait, so concurrent callers never get the same slot.
	 */
	reserve(): number {
		const now = this.now();
		this.regainShare(now);
		let start = Math.max(now, this.pausedUntil, this.starts[this.starts.length - 1] ?? -Infinity);
		if (this.starts.length >= this.share) {
			start = Math.max(start, this.starts[this.starts.length - this.share] + this.windowMs);
		}
		this.starts.push(start);
		if (this.starts.length > this.perWindow) this.starts.shift();
		return start - now;
	}

	/** Copilot answered 429: nothing starts for its second, and this process's share is halved (once a window). */
	rateLimited(): void {
		const now = this.now();
		this.pausedUntil = Math.max(this.pausedUntil, now + RETRY_POLICY.rateLimitWindowMs);
		if (now - this.shareChangedAt < this.windowMs) return;
		this.share = Math.max(1, Math.floor(this.share / 2));
		this.shareChangedAt = now;
	}

	/** Requests this process may start per window at the moment. */
	currentShare(): number {
		this.regainShare(this.now());
		return this.share;
	}

	private regainShare(now: number): void {
		if (this.share >= this.perWindow) return;
		const quietWindows = Math.floor((now - this.shareChangedAt) / this.windowMs);
		if (quietWindows < 1) return;
		this.share = Math.min(this.perWindow, this.share + quietWindows);
		this.shareChangedAt += quietWindows * this.windowMs;
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
