import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { SigningSecretCache } from '../nodes/CopilotTrigger/secretCache';
import { signingSecretOf, signingSecretSource, verifyWithCredential } from '../nodes/CopilotTrigger/signingSecret';
import { hmacHex, SECRET } from './helpers/signing';

interface ContextSetup {
	workflowId?: string;
	credentialId?: string;
	mode?: 'webhook' | 'manual';
	credential: { secret: string; reads: number };
}

/** The part of n8n's webhook context the secret's source uses. */
function context({ workflowId = 'wf-1', credentialId, mode = 'webhook', credential }: ContextSetup): IWebhookFunctions {
	return {
		getMode: () => mode,
		getNode: () => ({
			name: 'Copilot Trigger',
			...(credentialId ? { credentials: { copilotApi: { id: credentialId, name: 'Copilot' } } } : {}),
		}),
		getWorkflow: () => ({ id: workflowId, name: 'events', active: true }),
		getCredentials: async (type: string): Promise<IDataObject> => {
			if (type !== 'copilotApi') throw new Error(`unexpected credential type ${type}`);
			credential.reads += 1;
			return { apiKey: 'key', webhookSigningSecret: credential.secret };
		},
	} as unknown as IWebhookFunctions;
}

describe('signingSecretOf', () => {
	it('trims the pasted secret and gives "" for none', () => {
		expect(signingSecretOf({ webhookSigningSecret: ` ${SECRET}\n` })).toBe(SECRET);
		expect(signingSecretOf({ webhookSigningSecret: '   ' })).toBe('');
		expect(signingSecretOf({ apiKey: 'key' })).toBe('');
		expect(signingSecretOf({ webhookSigningSecret: 42 })).toBe('');
	});
});

describe('signingSecretSource: what is kept under which key', () => {
	it('keeps one secret per workflow and credential', async () => {
		const cache = new SigningSecretCache();
		const credential = { secret: SECRET, reads: 0 };
		const inFirst = () => signingSecretSource(context({ workflowId: 'wf-1', credentialId: '7', credential }), cache);
		const inSecond = () => signingSecretSource(context({ workflowId: 'wf-2', credentialId: '7', credential }), cache);

		await inFirst().lookup();
		await inFirst().lookup();
		expect(credential.reads).toBe(1);
		// The same credential in another workflow is read for that workflow: n8n may resolve it per project.
		expect(await inSecond().lookup()).toEqual({ secret: SECRET, current: true });
		expect(credential.reads).toBe(2);

		const other = { secret: 'other-secret', reads: 0 };
		expect((await signingSecretSource(context({ workflowId: 'wf-1', credentialId: '8', credential: other }), cache).lookup()).secret).toBe(
			'other-secret',
		);
		expect((await inFirst().lookup()).secret).toBe(SECRET);
	});

	it.each([
		['while a test listens in the editor', { credentialId: '7', mode: 'manual' as const }],
		['for a node without a credential id', {}],
		['for a workflow without an id', { credentialId: '7', workflowId: '' }],
	])('reads the credential for every request %s', async (_case, setup) => {
		const cache = new SigningSecretCache();
		const credential = { secret: SECRET, reads: 0 };
		const source = () => signingSecretSource(context({ ...setup, credential }), cache);
		expect(await source().lookup()).toEqual({ secret: SECRET, current: true });
		expect(await source().lookup()).toEqual({ secret: SECRET, current: true });
		expect(await source().reread()).toBe(SECRET);
		expect(credential.reads).toBe(3);
		expect(cache.size).toBe(0);
	});
});

describe('verifyWithCredential', () => {
	const body = Buffer.from('{"eventType":"client.created","data":{}}');
	const rereadGiving = (secret: string) => {
		const source = { lookup: jest.fn(), reread: jest.fn(async () => secret) };
		return source;
	};

	it('accepts with the secret at hand, reading nothing more', async () => {
		const source = rereadGiving('unused');
		expect(await verifyWithCredential(body, hmacHex(body), { secret: SECRET, current: false }, source)).toEqual({ valid: true });
		expect(source.reread).not.toHaveBeenCalled();
	});

	it('verifies once more with the credential read again when a kept secret does not match', async () => {
		const source = rereadGiving('secret-new');
		const header = hmacHex(body, 'secret-new');
		expect(await verifyWithCredential(body, header, { secret: SECRET, current: false }, source)).toEqual({ valid: true });
		expect(source.reread).toHaveBeenCalledTimes(1);
		expect(await verifyWithCredential(body, hmacHex(body, 'forged'), { secret: SECRET, current: false }, source)).toEqual({
			valid: false,
			reason: 'mismatch',
		});
	});

	it('refuses at once when the secret was read after the request arrived', async () => {
		const source = rereadGiving('secret-new');
		const check = await verifyWithCredential(body, hmacHex(body, 'secret-new'), { secret: SECRET, current: true }, source);
		expect(check).toEqual({ valid: false, reason: 'mismatch' });
		expect(source.reread).not.toHaveBeenCalled();
	});

	it.each([
		['missing', undefined, 'missing'],
		['empty', '', 'missing'],
		['not hex', 'z'.repeat(64), 'mismatch'],
		['upper-case hex', hmacHex(body).toUpperCase(), 'mismatch'],
		['sent twice', [hmacHex(body), hmacHex(body)], 'mismatch'],
	])('reads nothing more when the header is %s, which no secret could match', async (_case, header, reason) => {
		const source = rereadGiving(SECRET);
		expect(await verifyWithCredential(body, header, { secret: 'kept', current: false }, source)).toEqual({ valid: false, reason });
		expect(source.reread).not.toHaveBeenCalled();
	});

	it('reports a credential that lost its secret since it was kept', async () => {
		const source = rereadGiving('');
		expect(await verifyWithCredential(body, hmacHex(body), { secret: 'kept', current: false }, source)).toEqual({
			valid: false,
			reason: 'not_configured',
		});
	});
});
