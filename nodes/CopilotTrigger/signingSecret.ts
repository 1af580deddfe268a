import type { ICredentialDataDecryptedObject, IWebhookFunctions } from 'n8n-workflow';

import { signingSecretCache, type SecretLookup, type SigningSecretCache } from './secretCache';
import { isWellFormedSignature, verifySignature, type SignatureCheck } from './signature';

/** The credential's webhook signing secret, as pasted but for surrounding whitespace; '' when it has none. */
export function signingSecretOf(credentials: ICredentialDataDecryptedObject): string {
	const secret = credentials.webhookSigningSecret;
	return typeof secret === 'string' ? secret.trim() : '';
}

/** Where the secret that verifies one request comes from. */
export interface SigningSecretSource {
	lookup(): Promise<SecretLookup>;
	/** The credential's secret from a read that starts after the request arrived. */
	reread(): Promise<string>;
}

/**
 * What the secret is kept under: the workflow and its credential, never anything made from the secret.
 * The workflow is part of it because n8n 2.x may resolve one credential differently per workflow (its
 * project's policies and external secrets). Nothing is kept while a test listens in the editor, so each
 * test event shows what the credential holds at that moment; nor for a node n8n gives no credential id.
 */
function keyOf(context: IWebhookFunctions): string | undefined {
	if (context.getMode() === 'manual') return undefined;
	const credentialId = context.getNode().credentials?.copilotApi?.id;
	const workflowId = context.getWorkflow().id;
	if (!credentialId || !workflowId) return undefined;
	return JSON.stringify([workflowId, credentialId]);
}

export function signingSecretSource(
	context: IWebhookFunctions,
	cache: SigningSecretCache = signingSecretCache,
): SigningSecretSource {
	const read = async () => signingSecretOf(await context.getCredentials('copilotApi'));
	const key = keyOf(context);
	if (key === undefined) {
		return { lookup: async () => ({ secret: await read(), current: true }), reread: read };
	}
	return { lookup: () => cache.lookup(key, read), reread: () => cache.reread(key, read) };
}

export type SecretCheck = SignatureCheck | { valid: false; reason: 'not_configured' };

/**
 * Verifies the signature with the secret looked up for the request and, when that secret did not verify
 * it and may be older than the request, once more with the credential read again: a secret changed in
 * the credential is never refused for a kept one. A missing or malformed header, which no secret could
 * verify, costs no read.
 */
export async function verifyWithCredential(
	rawBody: Buffer,
	header: unknown,
	looked: SecretLookup,
	source: SigningSecretSource,
): Promise<SecretCheck> {
	const check = verifySignature(rawBody, header, looked.secret);
	if (check.valid || looked.current || !isWellFormedSignature(header)) return check;
	const secret = await source.reread();
	if (secret === '') return { valid: false, reason: 'not_configured' };
	return verifySignature(rawBody, header, secret);
}
