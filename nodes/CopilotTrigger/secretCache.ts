/**
 * Signing secrets kept in this n8n process for a few seconds, so that the trigger does not read its
 * credential on every request: under n8n 2.x's default expression engine each read builds an
 * expression isolate, a third of the trigger's per-request cost.
 *
 * What is kept is never written anywhere, logged or shared between processes: in queue mode each
 * webhook process keeps its own, for at most KEEP_SECRET_MS after it read it.
 *
 * Reads of one credential run one at a time, and every request waiting for a read shares it: when a
 * kept secret expires under load, one read serves all the requests that arrive meanwhile, and a flood
 * of forged requests costs at most one read in flight per credential instead of one per request.
 */

/**
 * How long a secret read from the credential is used without reading it again. Reads are shared, so a
 * process reads a busy credential about once per this time, whatever the request rate: 5 s keeps that
 * to 0.2 reads a second (a few milliseconds of CPU a second under n8n 2.x's default engine), and a
 * secret replaced or removed in the credential is refused at most 5 s later. A new secret does not wait
 * for it: a signature the kept secret does not verify makes the trigger read the credential again.
 */
export const KEEP_SECRET_MS = 5_000;

/** Far more credentials than one n8n process serves; beyond it the least recently read is forgotten first. */
export const MAX_KEPT_SECRETS = 1_000;

/** Reads the signing secret from the credential; '' when the credential has none. */
export type ReadSecret = () => Promise<string>;

export interface SecretLookup {
	secret: string;
	/**
	 * Whether this secret was read from the credential after the request arrived: reading the credential
	 * again could then not give a newer one.
	 */
	current: boolean;
}

interface KeptSecret {
	secret: string;
	/** When the read that returned it started: the credential held this secret at least until then. */
	readStartedAt: number;
}

interface CredentialReads {
	/** The read of this credential under way, if any. */
	running?: Promise<string>;
	/** The read that starts once `running` ends, shared by every request that needs a newer read than it. */
	queued?: Promise<string>;
}

const ignore = () => undefined;

export class SigningSecretCache {
	private readonly kept = new Map<string, KeptSecret>();

	private readonly reads = new Map<string, CredentialReads>();

	constructor(
		private readonly now: () => number = () => Date.now(),
		private readonly keepMs = KEEP_SECRET_MS,
		private readonly maxKept = MAX_KEPT_SECRETS,
	) {}

	/**
	 * The secret to verify a request with: the kept one while it is fresh, else the credential's, from the
	 * read under way if there is one (its secret may predate the request: `current` is then false).
	 */
	async lookup(key: string, read: ReadSecret): Promise<SecretLookup> {
		const kept = this.kept.get(key);
		if (kept !== undefined && this.now() - kept.readStartedAt < this.keepMs) {
			return { secret: kept.secret, current: false };
		}
		const reads = this.reads.get(key);
		const underWay = reads?.running ?? reads?.queued;
		if (underWay !== undefined) return { secret: await underWay, current: false };
		return { secret: await this.start(key, read), current: true };
	}

	/**
	 * The credential's secret from a read that starts after this call, for a request whose signature the
	 * secret it was given did not verify: a secret changed in the credential before the request arrived
	 * is then always seen. Requests that call this while a read is under way share the one read that
	 * starts when it ends.
	 */
	async reread(key: string, read: ReadSecret): Promise<string> {
		const reads = this.readsOf(key);
		// A queued read has not started yet (it is dropped from here as it starts), so it will do.
		if (reads.queued === undefined) {
			if (reads.running === undefined) return await this.start(key, read);
			reads.queued = reads.running.then(ignore, ignore).then(() => {
				reads.queued = undefined;
				return this.start(key, read);
			});
		}
		return await reads.queued;
	}

	/** How many secrets are kept (for tests of the bound). */
	get size(): number {
		return this.kept.size;
	}

	private readsOf(key: string): CredentialReads {
		let reads = this.reads.get(key);
		if (reads === undefined) {
			reads = {};
			this.reads.set(key, reads);
		}
		return reads;
	}

	private start(key: string, read: ReadSecret): Promise<string> {
		const reads = this.readsOf(key);
		const readStartedAt = this.now();
		const running: Promise<string> = read()
			.then(
				(secret) => {
					this.keep(key, secret, readStartedAt);
					return secret;
				},
				(error: unknown) => {
					// The credential could not be read (deleted, say): nothing may be kept in its place.
					this.kept.delete(key);
					throw error;
				},
			)
			.finally(() => {
				if (reads.running === running) reads.running = undefined;
				if (reads.running === undefined && reads.queued === undefined) this.reads.delete(key);
			});
		reads.running = running;
		return running;
	}

	private keep(key: string, secret: string, readStartedAt: number): void {
		// Map order is insertion order: deleting first moves the key to the newest end.
		this.kept.delete(key);
		// A credential without a secret is not kept, so that adding one takes effect at once.
		if (secret === '') return;
		this.kept.set(key, { secret, readStartedAt });
		for (const oldest of this.kept.keys()) {
			if (this.kept.size <= this.maxKept) break;
			this.kept.delete(oldest);
		}
	}
}

/** The one cache of this n8n process, shared by every Copilot Trigger it runs. */
export const signingSecretCache = new SigningSecretCache();
