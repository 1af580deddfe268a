/** The clock a pacer reads and waits on; n8n's `sleep` in the node, a fake one in tests. */
export interface PacerClock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

/**
 * Keeps one execution's requests within Copilot's rate limit (20 per second) once Copilot has
 * answered 429: from then on, a request that would be the 21st to start within a second waits,
 * so that bulk work runs at the limit instead of bouncing off it. Until then requests go out
 * freely, since other executions and the API's own accounting decide when the limit is reached.
 * Requests run one at a time, so no locking is needed.
 */
/** Copilot's second, plus room for the network to deliver two requests further apart or closer together. */
const WINDOW_MS = 1025;

export class RequestPacer {
	private readonly starts: number[] = [];

	private engaged = false;

	constructor(
		private readonly clock: PacerClock,
		private readonly perWindow = 20,
		private readonly windowMs = WINDOW_MS,
	) {}

	/** Copilot said 429: pace every request after this one. */
	rateLimited(): void {
		this.engaged = true;
	}

	async beforeRequest(): Promise<void> {
		if (this.engaged && this.starts.length >= this.perWindow) {
			const oldest = this.starts[this.starts.length - this.perWindow];
			const wait = oldest + this.windowMs - this.clock.now();
			if (wait > 0) await this.clock.sleep(wait);
		}
		this.starts.push(this.clock.now());
		if (this.starts.length > this.perWindow) this.starts.splice(0, this.starts.length - this.perWindow);
	}
}
