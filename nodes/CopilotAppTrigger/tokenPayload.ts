// What an opened token says, and whether it may start the workflow. Copilot's SDK reads the
// plaintext as a JSON object whose values are all strings, with workspaceId required and unknown
// fields ignored (@assembly-js/node-sdk 3.19.1 dist/api/init.js, processToken). The trigger asks
// more: the workspace must be the credential's, and the token must name who is looking. Its
// tokenId and baseUrl are not used: the app's records are read at the credential's Base URL.

/** Who opened the app: a client, a team member, or a team member previewing it as a client. */
export type Viewer = 'client' | 'internalUser' | 'preview';

export interface AppTokenPayload {
	workspaceId: string;
	clientId: string | null;
	companyId: string | null;
	internalUserId: string | null;
	notificationId: string | null;
	viewer: Viewer;
}

export type PayloadProblem = 'notJson' | 'nonStringValue' | 'noWorkspace' | 'otherWorkspace' | 'noViewer';

export type PayloadCheck = { ok: true; payload: AppTokenPayload } | { ok: false; problem: PayloadProblem };

/**
 * The plaintext as a JSON object, or undefined. Its bytes must be valid UTF-8 as they are (decoding
 * would otherwise replace bad bytes and go on): a block garbled by altering the token is then
 * refused but for a tiny chance, which matters for a cipher without a MAC.
 */
function parseObject(plaintext: Buffer): Record<string, unknown> | undefined {
	const text = plaintext.toString('utf8');
	if (!Buffer.from(text, 'utf8').equals(plaintext)) return undefined;
	try {
		const parsed: unknown = JSON.parse(text);
		return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

/** A named id, or null when the token leaves it out or empty. */
const idOf = (fields: Record<string, unknown>, name: string) => (typeof fields[name] === 'string' && fields[name] !== '' ? (fields[name] as string) : null);

export function viewerOf(clientId: string | null, internalUserId: string | null): Viewer | undefined {
	if (clientId && internalUserId) return 'preview';
	if (clientId) return 'client';
	if (internalUserId) return 'internalUser';
	return undefined;
}

/** Reads an opened token's plaintext for the workspace `expectedWorkspaceId`. */
export function readTokenPayload(plaintext: Buffer, expectedWorkspaceId: string): PayloadCheck {
	const fields = parseObject(plaintext);
	if (!fields) return { ok: false, problem: 'notJson' };
	if (!Object.values(fields).every((value) => typeof value === 'string')) return { ok: false, problem: 'nonStringValue' };
	const workspaceId = idOf(fields, 'workspaceId');
	if (workspaceId === null) return { ok: false, problem: 'noWorkspace' };
	if (workspaceId !== expectedWorkspaceId.trim()) return { ok: false, problem: 'otherWorkspace' };
	const clientId = idOf(fields, 'clientId');
	const internalUserId = idOf(fields, 'internalUserId');
	const viewer = viewerOf(clientId, internalUserId);
	if (!viewer) return { ok: false, problem: 'noViewer' };
	return {
		ok: true,
		payload: {
			workspaceId,
			clientId,
			companyId: idOf(fields, 'companyId'),
			internalUserId,
			notificationId: idOf(fields, 'notificationId'),
			viewer,
		},
	};
}
