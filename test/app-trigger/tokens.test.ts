import { createHmac, randomBytes } from 'node:crypto';

import { decryptToken, MAX_TOKEN_CHARS, tokenKey } from '../../nodes/CopilotAppTrigger/tokenCipher';
import { readTokenPayload } from '../../nodes/CopilotAppTrigger/tokenPayload';
import { mintAppToken, sealAppToken } from '../fake-copilot-api';
import { sdkDecryptToken } from '../helpers/copilotSdk';

const APP_KEY = 'app-key-3f9a1c';
const WORKSPACE = 'ws-7d2e';
const CLIENT = { workspaceId: WORKSPACE, clientId: 'client-1', companyId: 'company-1' };

const open = (token: unknown, key = APP_KEY) => decryptToken(token, tokenKey(key));
const plaintextOf = (token: string) => {
	const opened = open(token);
	if (!opened.ok) throw new Error(`not opened: ${opened.problem}`);
	return opened.plaintext;
};

describe('tokenKey', () => {
	it('is the first 32 hex characters of HMAC-SHA256 keyed with the app’s key over nothing, as bytes', () => {
		const expected = createHmac('sha256', APP_KEY).update('').digest('hex').slice(0, 32);
		expect(tokenKey(APP_KEY).toString('hex')).toBe(expected);
		expect(tokenKey(APP_KEY)).toHaveLength(16);
	});
});

describe('decryptToken', () => {
	it('opens a token minted with the app’s key, lower- or upper-case hex', () => {
		const token = mintAppToken(APP_KEY, CLIENT);
		expect(JSON.parse(plaintextOf(token).toString())).toEqual(CLIENT);
		expect(JSON.parse(plaintextOf(token.toUpperCase()).toString())).toEqual(CLIENT);
	});

	it('opens plaintexts of every length around the block size', () => {
		for (let length = 0; length <= 48; length++) {
			const text = 'x'.repeat(length);
			expect(plaintextOf(sealAppToken(APP_KEY, text)).toString()).toBe(text);
		}
	});

	it('calls a token missing when there is none or it is empty', () => {
		for (const token of [undefined, null, '']) expect(open(token)).toEqual({ ok: false, problem: 'missing' });
	});

	it.each([
		['not hex', 'zz'.repeat(32)],
		['hex with a stray character', `${mintAppToken(APP_KEY, CLIENT)}g`],
		['an odd number of digits', mintAppToken(APP_KEY, CLIENT).slice(1)],
		['not whole blocks', mintAppToken(APP_KEY, CLIENT).slice(2)],
		['only an IV', randomBytes(16).toString('hex')],
		['an IV and half a block', randomBytes(24).toString('hex')],
		['two tokens (a repeated query parameter)', [mintAppToken(APP_KEY, CLIENT), mintAppToken(APP_KEY, CLIENT)]],
		['a number', 42],
		['an object', { token: mintAppToken(APP_KEY, CLIENT) }],
		['longer than any token', 'ab'.repeat(MAX_TOKEN_CHARS / 2 + 16)],
	])('calls a token malformed when it is %s', (_label, token) => {
		expect(open(token)).toEqual({ ok: false, problem: 'malformed' });
	});

	it('does not open a token made with another app’s key (its padding does not check out)', () => {
		const results = Array.from({ length: 200 }, () => open(mintAppToken('another-app-key', CLIENT)));
		// A wrong key leaves valid-looking padding about once in 256 tries; such plaintext is garbage that readTokenPayload refuses.
		const opened = results.filter((result) => result.ok);
		expect(results.filter((result) => !result.ok && result.problem === 'undecryptable').length).toBeGreaterThan(190);
		for (const result of opened) if (result.ok) expect(readTokenPayload(result.plaintext, WORKSPACE).ok).toBe(false);
	});

	it('does not open a token whose padding is not PKCS#7', () => {
		const zeroPadded = (bytes: Buffer) => Buffer.concat([bytes, Buffer.alloc(16 - (bytes.length % 16))]);
		const overlong = (bytes: Buffer) => Buffer.concat([bytes, Buffer.alloc(16 - (bytes.length % 16), 17)]);
		const mixed = (bytes: Buffer) => {
			const count = 16 - (bytes.length % 16);
			const padding = Buffer.alloc(count, count);
			padding[0] = count === 1 ? 2 : 0;
			return Buffer.concat([bytes, padding]);
		};
		for (const pad of [zeroPadded, overlong, mixed]) {
			expect(open(sealAppToken(APP_KEY, JSON.stringify(CLIENT), { pad }))).toEqual({ ok: false, problem: 'undecryptable' });
		}
	});

	it('opens a token whose IV was altered, to a plaintext changed alike: without a MAC, the first block can be edited', () => {
		// With clientId first, `{"clientId":"c-2` fills the first block: flipping bits of the IV flips the same bits of it.
		const token = mintAppToken(APP_KEY, { clientId: 'c-2', workspaceId: WORKSPACE });
		const bytes = Buffer.from(token, 'hex');
		bytes[15] ^= '2'.charCodeAt(0) ^ '3'.charCodeAt(0);
		const altered = plaintextOf(bytes.toString('hex'));
		expect(readTokenPayload(altered, WORKSPACE)).toMatchObject({ ok: true, payload: { clientId: 'c-3' } });
	});

	it('refuses tokens with a block garbled by altering the ciphertext, even where the garbage lands inside a string it ignores', () => {
		const payload = { workspaceId: WORKSPACE, tokenId: 'x'.repeat(48), clientId: 'c-2' };
		const json = JSON.stringify(payload);
		// The first plaintext block that lies wholly inside tokenId's value: altering the ciphertext block
		// that decrypts to it garbles it (and changes the next block at will) without the key.
		const block = Math.ceil(json.indexOf('x') / 16);
		expect((block + 2) * 16).toBeLessThanOrEqual(json.indexOf('x') + 48);
		let accepted = 0;
		for (let attempt = 0; attempt < 400; attempt++) {
			const bytes = Buffer.from(mintAppToken(APP_KEY, payload), 'hex');
			bytes[16 + block * 16 + (attempt % 16)] ^= 1 + (attempt % 255);
			const opened = open(bytes.toString('hex'));
			if (opened.ok && readTokenPayload(opened.plaintext, WORKSPACE).ok) accepted++;
		}
		// Garbage with no quote, backslash or control character would pass as text (about one in ten
		// tries); as UTF-8 checked byte for byte, a garbled block passes about once in ten million.
		expect(accepted).toBe(0);
	});
});

describe('readTokenPayload', () => {
	const read = (payload: unknown, workspace = WORKSPACE) => readTokenPayload(Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload)), workspace);

	it('reads a client’s token, ignoring fields it does not know, tokenId and baseUrl included', () => {
		expect(read({ ...CLIENT, tokenId: 'tok-1', baseUrl: 'https://elsewhere.example', expiresAt: '2030-01-01' })).toEqual({
			ok: true,
			payload: { workspaceId: WORKSPACE, clientId: 'client-1', companyId: 'company-1', internalUserId: null, notificationId: null, viewer: 'client' },
		});
	});

	it('tells a team member from a team member previewing the app as a client', () => {
		const internal = read({ workspaceId: WORKSPACE, internalUserId: 'iu-1', notificationId: 'n-1' });
		expect(internal).toMatchObject({ ok: true, payload: { viewer: 'internalUser', internalUserId: 'iu-1', notificationId: 'n-1', clientId: null } });
		expect(read({ ...CLIENT, internalUserId: 'iu-1' })).toMatchObject({ ok: true, payload: { viewer: 'preview', clientId: 'client-1', internalUserId: 'iu-1' } });
	});

	it('refuses bytes that are not UTF-8 inside a string value, which decoding would otherwise replace and accept', () => {
		const bytes = Buffer.concat([Buffer.from(`{"workspaceId":"${WORKSPACE}","clientId":"c`), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
		expect(readTokenPayload(bytes, WORKSPACE)).toEqual({ ok: false, problem: 'notJson' });
		expect(read({ ...CLIENT, clientId: 'Zoë 👋' })).toMatchObject({ ok: true, payload: { clientId: 'Zoë 👋' } });
	});

	it('accepts the credential’s Workspace ID with surrounding whitespace', () => {
		expect(read(CLIENT, ` ${WORKSPACE}\n`).ok).toBe(true);
	});

	it.each([
		['not JSON', '{"workspaceId":', 'notJson'],
		['garbage bytes', '\u0000\u00ff\u0013', 'notJson'],
		['a JSON array', [CLIENT], 'notJson'],
		['a JSON string', '"ws-7d2e"', 'notJson'],
		['JSON null', 'null', 'notJson'],
		['a number among the values', { ...CLIENT, seats: 3 }, 'nonStringValue'],
		['null among the values', { ...CLIENT, companyId: null }, 'nonStringValue'],
		['an object among the values', { ...CLIENT, clientId: { id: 'client-1' } }, 'nonStringValue'],
		['no workspaceId', { clientId: 'client-1' }, 'noWorkspace'],
		['an empty workspaceId', { ...CLIENT, workspaceId: '' }, 'noWorkspace'],
		['another workspace', { ...CLIENT, workspaceId: 'ws-other' }, 'otherWorkspace'],
		['the workspace in another case', { ...CLIENT, workspaceId: WORKSPACE.toUpperCase() }, 'otherWorkspace'],
		['no client and no team member', { workspaceId: WORKSPACE, companyId: 'company-1' }, 'noViewer'],
		['empty ids', { workspaceId: WORKSPACE, clientId: '', internalUserId: '' }, 'noViewer'],
	])('refuses a token that holds %s', (_label, payload, problem) => {
		expect(read(payload)).toEqual({ ok: false, problem });
	});
});

describe('tokens and Copilot’s SDK', () => {
	it('the SDK opens the tokens the tests mint to the same plaintext the trigger reads', async () => {
		for (const payload of [CLIENT, { workspaceId: WORKSPACE, internalUserId: 'iu-1', tokenId: 't-9' }, { ...CLIENT, clientId: 'Zoë 👋' }]) {
			const token = mintAppToken(APP_KEY, payload);
			const bySdk = await sdkDecryptToken(APP_KEY, token);
			expect(bySdk).toBe(JSON.stringify(payload));
			expect(plaintextOf(token).toString()).toBe(bySdk);
		}
	}, 120_000);

	it('the SDK refuses, as the trigger does, a token made with another key', async () => {
		// With a wrong key the SDK's decipher throws on the padding too (or, rarely, returns garbage).
		const token = mintAppToken('another-app-key', CLIENT, { iv: Buffer.alloc(16, 1) });
		expect(open(token)).toEqual({ ok: false, problem: 'undecryptable' });
		await expect(sdkDecryptToken(APP_KEY, token)).rejects.toThrow(/bad decrypt/);
	}, 120_000);
});
