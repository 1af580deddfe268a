// Who a request's X-API-Key says it comes from. Copilot takes two kinds of key: a workspace key
// (Settings > API), sent as it is, and a custom app's key, sent after the id of the workspace the
// app acts in, `<workspaceId>/<appKey>`, with `/<tokenId>` when the token Copilot opened the app
// with carries one (@assembly-js/node-sdk 3.19.1 dist/api/init.js; copilot-platforms/tasks-app
// src/utils/CopilotAPI.ts). The fake tells them apart by that form: the bare header must be its
// workspace key, the slashed one its workspace's id and its custom app's key. Anything else is 401.
const { enforce } = require('./server-rules');

/** The workspace the fake serves when none was seeded (GET /v1/workspaces answers it). */
const DEFAULT_WORKSPACE_ID = 'fake-workspace';

/** The id custom-app keys must name: the seeded workspace's, else the default one's. */
const workspaceIdOf = (store) => store.list('workspace')[0]?.id ?? DEFAULT_WORKSPACE_ID;

/** 'workspace', 'customApp', or undefined for a key the fake does not know. */
function keyKindOf(header, { apiKey, appApiKey, store }) {
	if (typeof header !== 'string' || header === '') return undefined;
	if (header === apiKey) return 'workspace';
	const [workspaceId, key, tokenId, ...more] = header.split('/');
	const known = workspaceId === workspaceIdOf(store) && key === appApiKey && more.length === 0 && tokenId !== '';
	return known ? 'customApp' : undefined;
}

/** Operations Copilot allows only to a custom app's key (rule custom-app-only). */
const CUSTOM_APP_ONLY = ['createNotification', 'deleteNotification', 'markNotificationRead', 'markNotificationUnread'];

/** Copilot's 403 for a custom-app-only operation asked with a workspace key. */
function requireKeyFor(operation, keyKind) {
	enforce(
		'custom-app-only',
		!CUSTOM_APP_ONLY.includes(operation) || keyKind === 'customApp',
		'Only custom apps can create, delete or mark notifications: use the key of a custom app of this workspace',
	);
}

module.exports = { CUSTOM_APP_ONLY, DEFAULT_WORKSPACE_ID, keyKindOf, requireKeyFor, workspaceIdOf };
