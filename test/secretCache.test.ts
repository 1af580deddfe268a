import { KEEP_SECRET_MS, SigningSecretCache, type ReadSecret } from '../nodes/CopilotTrigger/secretCache';

/** A clock the test moves by hand. */
function manualClock(start = 1_700_000_000_000) {
	let now = start;
	return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** A credential whose secret the test changes, counting how often it is read. */
function credential(secret: string) {
	const state = { secret, reads: 0 };
	const read: ReadSecret = async () => {
		state.reads += 1;
		return state.secret;
	};
	return Object.assign(state, { read });
}

/** A credential whose reads stay under way until the test ends them, one by one. */
function slowCredential(secret: string) {
	const state = { secret, started: 0, pending: [] as Array<() => void> };
	const read: ReadSecret = () => {
		state.started += 1;
		// The value is taken as the read starts, as a database read sees the row as it was then.
		const seen = state.secret;
		return new Promise((resolve) => state.pending.push(() => resolve(seen)));
	};
	const finishNext = async () => {
		state.pending.shift()?.();
		// Let the cache's own promise callbacks run.
		for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
	};
	return Object.assign(state, { read, finishNext });
}

/** A cache on a manual clock, and a credential holding `secret`. */
function cacheAndCredential(secret = 'secret-a') {
	const clock = manualClock();
	return { clock, cache: new SigningSecretCache(clock.now), copilot: credential(secret) };
}

describe('SigningSecretCache: the time window', () => {
	it('reads the credential once, then keeps its secret until KEEP_SECRET_MS after that read started', async () => {
		const { clock, cache, copilot } = cacheAndCredential();

		expect(await cache.lookup('wf/cred', copilot.read)).toEqual({ secret: 'secret-a', current: true });
		clock.advance(KEEP_SECRET_MS - 1);
		expect(await cache.lookup('wf/cred', copilot.read)).toEqual({ secret: 'secret-a', current: false });
		expect(copilot.reads).toBe(1);

		clock.advance(1);
		expect(await cache.lookup('wf/cred', copilot.read)).toEqual({ secret: 'secret-a', current: true });
		expect(copilot.reads).toBe(2);
	});

	it('refuses a removed secret once 5 s have passed since it was read, as the README promises', async () => {
		const { clock, cache, copilot } = cacheAndCredential();
		await cache.lookup('wf/cred', copilot.read);
		copilot.secret = '';
		clock.advance(5_000);
		expect(await cache.lookup('wf/cred', copilot.read)).toEqual({ secret: '', current: true });
	});

	it('stops accepting a secret removed from the credential once the window is up', async () => {
		const { clock, cache, copilot } = cacheAndCredential();
		await cache.lookup('wf/cred', copilot.read);

		copilot.secret = '';
		clock.advance(KEEP_SECRET_MS - 1);
		expect((await cache.lookup('wf/cred', copilot.read)).secret).toBe('secret-a');
		clock.advance(1);
		expect(await cache.lookup('wf/cred', copilot.read)).toEqual({ secret: '', current: true });
		// Nothing is kept for a credential without a secret: a secret added to it counts at the next request.
		copilot.secret = 'secret-b';
		expect(await cache.lookup('wf/cred', copilot.read)).toEqual({ secret: 'secret-b', current: true });
		expect(cache.size).toBe(1);
	});

	it('counts the window from when the read started, not from when it ended', async () => {
		const clock = manualClock();
		const cache = new SigningSecretCache(clock.now);
		const copilot = slowCredential('secret-a');
		const looked = cache.lookup('wf/cred', copilot.read);
		clock.advance(KEEP_SECRET_MS);
		await copilot.finishNext();
		expect((await looked).secret).toBe('secret-a');

		const again = cache.lookup('wf/cred', copilot.read);
		expect(copilot.started).toBe(2);
		await copilot.finishNext();
		await again;
	});
});

describe('SigningSecretCache: a changed secret', () => {
	it('rereads on request and keeps the new secret (rotation one way)', async () => {
		const { cache, copilot } = cacheAndCredential();
		await cache.lookup('wf/cred', copilot.read);

		copilot.secret = 'secret-b';
		expect(await cache.lookup('wf/cred', copilot.read)).toEqual({ secret: 'secret-a', current: false });
		expect(await cache.reread('wf/cred', copilot.read)).toBe('secret-b');
		expect(await cache.lookup('wf/cred', copilot.read)).toEqual({ secret: 'secret-b', current: false });
		expect(copilot.reads).toBe(2);
	});

	it('rereads on request when the secret is changed back (rotation the other way)', async () => {
		const { clock, cache, copilot } = cacheAndCredential();
		await cache.lookup('wf/cred', copilot.read);
		copilot.secret = 'secret-b';
		await cache.reread('wf/cred', copilot.read);

		copilot.secret = 'secret-a';
		clock.advance(1);
		expect((await cache.lookup('wf/cred', copilot.read)).secret).toBe('secret-b');
		expect(await cache.reread('wf/cred', copilot.read)).toBe('secret-a');
		expect((await cache.lookup('wf/cred', copilot.read)).secret).toBe('secret-a');
	});

	it('a reread restarts the window', async () => {
		const { clock, cache, copilot } = cacheAndCredential();
		await cache.lookup('wf/cred', copilot.read);
		clock.advance(KEEP_SECRET_MS - 1);
		await cache.reread('wf/cred', copilot.read);
		clock.advance(KEEP_SECRET_MS - 1);
		await cache.lookup('wf/cred', copilot.read);
		expect(copilot.reads).toBe(2);
	});

	it('forgets the kept secret when a reread finds none', async () => {
		const cache = new SigningSecretCache(manualClock().now);
		const copilot = credential('secret-a');
		await cache.lookup('wf/cred', copilot.read);
		copilot.secret = '';
		expect(await cache.reread('wf/cred', copilot.read)).toBe('');
		expect(await cache.lookup('wf/cred', copilot.read)).toEqual({ secret: '', current: true });
		expect(cache.size).toBe(0);
	});
});

describe('SigningSecretCache: credentials side by side', () => {
	it('keeps each key’s own secret and window', async () => {
		const clock = manualClock();
		const cache = new SigningSecretCache(clock.now);
		const first = credential('secret-one');
		const second = credential('secret-two');

		expect((await cache.lookup('wf/one', first.read)).secret).toBe('secret-one');
		clock.advance(KEEP_SECRET_MS / 2);
		expect((await cache.lookup('wf/two', second.read)).secret).toBe('secret-two');
		expect((await cache.lookup('wf/one', first.read)).secret).toBe('secret-one');

		second.secret = 'secret-two-b';
		expect(await cache.reread('wf/two', second.read)).toBe('secret-two-b');
		expect((await cache.lookup('wf/one', first.read)).secret).toBe('secret-one');
		expect(first.reads).toBe(1);

		clock.advance(KEEP_SECRET_MS / 2);
		expect(await cache.lookup('wf/one', first.read)).toEqual({ secret: 'secret-one', current: true });
		expect(await cache.lookup('wf/two', second.read)).toEqual({ secret: 'secret-two-b', current: false });
		expect([first.reads, second.reads]).toEqual([2, 2]);
	});

	it('forgets the least recently read first beyond its bound', async () => {
		const cache = new SigningSecretCache(manualClock().now, KEEP_SECRET_MS, 3);
		const reads = ['a', 'b', 'c', 'd'].map((name) => credential(`secret-${name}`));
		for (const [index, copilot] of reads.entries()) await cache.lookup(`key-${index}`, copilot.read);
		expect(cache.size).toBe(3);

		await cache.lookup('key-1', reads[1].read);
		await cache.lookup('key-3', reads[3].read);
		expect(reads.map((copilot) => copilot.reads)).toEqual([1, 1, 1, 1]);
		await cache.lookup('key-0', reads[0].read);
		expect(reads[0].reads).toBe(2);
		expect(cache.size).toBe(3);
	});
});

describe('SigningSecretCache: reads shared between requests', () => {
	it('serves every request that arrives during a read with that one read', async () => {
		const cache = new SigningSecretCache(manualClock().now);
		const copilot = slowCredential('secret-a');
		const first = cache.lookup('wf/cred', copilot.read);
		const others = [cache.lookup('wf/cred', copilot.read), cache.lookup('wf/cred', copilot.read)];
		await copilot.finishNext();
		expect(await first).toEqual({ secret: 'secret-a', current: true });
		// They may have arrived after the credential changed, so the secret is not current for them.
		expect(await Promise.all(others)).toEqual([
			{ secret: 'secret-a', current: false },
			{ secret: 'secret-a', current: false },
		]);
		expect(copilot.started).toBe(1);
	});

	it('gives a reread a read that started after it, shared by all rereads waiting meanwhile', async () => {
		const cache = new SigningSecretCache(manualClock().now);
		const copilot = slowCredential('secret-a');
		const lookup = cache.lookup('wf/cred', copilot.read);

		// The credential changes while the first read is under way; that read still sees the old secret.
		copilot.secret = 'secret-b';
		const rereads = [cache.reread('wf/cred', copilot.read), cache.reread('wf/cred', copilot.read)];
		expect(copilot.started).toBe(1);
		await copilot.finishNext();
		expect((await lookup).secret).toBe('secret-a');
		expect(copilot.started).toBe(2);

		await copilot.finishNext();
		expect(await Promise.all(rereads)).toEqual(['secret-b', 'secret-b']);
		expect(copilot.started).toBe(2);
		expect(await cache.lookup('wf/cred', copilot.read)).toEqual({ secret: 'secret-b', current: false });
	});

	it('bounds a flood of rereads to one read under way and one waiting', async () => {
		const cache = new SigningSecretCache(manualClock().now);
		const copilot = slowCredential('secret-a');
		const flood = Array.from({ length: 50 }, () => cache.reread('wf/cred', copilot.read));
		await copilot.finishNext();
		const later = Array.from({ length: 50 }, () => cache.reread('wf/cred', copilot.read));
		await copilot.finishNext();
		await copilot.finishNext();
		expect(new Set(await Promise.all([...flood, ...later]))).toEqual(new Set(['secret-a']));
		expect(copilot.started).toBe(3);
	});

	it('hands a failed read’s error to everyone waiting on it, keeps nothing, and reads again next time', async () => {
		const { cache, copilot } = cacheAndCredential();
		await cache.lookup('wf/cred', copilot.read);

		const failing: ReadSecret = async () => {
			throw new Error('Credential with ID "7" does not exist');
		};
		const waiting = [cache.reread('wf/cred', failing), cache.lookup('wf/cred', failing)];
		await expect(waiting[0]).rejects.toThrow('does not exist');
		// The lookup found the secret still kept: it was looked up before the failed read ended.
		await expect(waiting[1]).resolves.toEqual({ secret: 'secret-a', current: false });
		expect(await cache.lookup('wf/cred', copilot.read)).toEqual({ secret: 'secret-a', current: true });
		expect(copilot.reads).toBe(2);
	});
});
