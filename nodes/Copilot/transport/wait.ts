import { sleep } from 'n8n-workflow';

/** How the client waits: n8n's sleep in the node, an instant or recorded one in tests. */
export type Sleep = (ms: number) => Promise<void>;

export class CancelledError extends Error {
	constructor() {
		super('The execution was cancelled while waiting to send a request to Copilot');
		this.name = 'CancelledError';
	}
}

/**
 * Waits `ms`, or less when the execution is cancelled meanwhile: then it rejects at once, so that a
 * cancelled execution never sits out a backoff or a place in the rate limit's queue.
 */
export async function waitUnlessCancelled(ms: number, signal: AbortSignal | undefined, wait: Sleep = sleep): Promise<void> {
	if (signal?.aborted) throw new CancelledError();
	if (ms <= 0) return;
	if (!signal) return await wait(ms);
	let onAbort: (() => void) | undefined;
	const cancelled = new Promise<never>((_, reject) => {
		onAbort = () => reject(new CancelledError());
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		await Promise.race([wait(ms), cancelled]);
	} finally {
		signal.removeEventListener('abort', onAbort!);
	}
}
