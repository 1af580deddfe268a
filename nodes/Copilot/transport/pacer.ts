/** The clock a pacer reads and waits on; n8n's `sleep` in the node, a fake one in tests. */
export interface PacerClock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

/**
 * Keeps one execution's requests within Copilot's rate limit (20 per second) by waiting before a
 * request that would be the 21st to start within a second, so that bulk work runs at the limit
 * instead of bouncing off it with 429s. Requests run one at a time, so no locking is needed.
 */
export class RequestPacer {
	private readonly starts: number[] = [];

	constructor(
		private readonly clock: PacerClock,
		private readonly perWindow = 20,
		private readonly windowMs = 1000,
	) {}

	async beforeRequest(): Promise<void> {
		if (this.starts.length >= this.perWindow) {
			const oldest = this.starts[this.starts.length - this.perWindow];
			const wait = oldest + this.windowMs - this.clock.now();
			if (wait > 0) await this.clock.sleep(wait);
		}
		this.starts.push(this.clock.now());
		if (this.starts.length > this.perWindow) this.starts.splice(0, this.starts.length - this.perWindow);
	}
}
