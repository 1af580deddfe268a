// A stand-in for the Copilot portal's side of a custom app: a page on a loopback address of its own
// that shows the app in an iframe, opened as Copilot opens it, at the app's URL with `?token=` a
// token made with the app's key for the person looking (app-token.js). `npm run dev` serves it for
// the demo people; the browser suite frames the app through it, and a token of its choosing.
const { randomUUID } = require('node:crypto');
const { createServer } = require('node:http');

const { mintAppToken } = require('./app-token');

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
const nameOf = (person) => `${person.givenName} ${person.familyName}`;

/**
 * The token Copilot would open the app with for `viewer`: `{ clientId }` for a client, `{ internalUserId }`
 * for a team member, both for a team member previewing the app as that client. Carries a tokenId and
 * the API's base URL, as Copilot's tokens may (the trigger ignores both).
 */
function appTokenFor(api, { clientId, internalUserId }) {
	const client = clientId ? api.store.get('client', clientId) : undefined;
	const ids = { clientId, companyId: client?.companyId, internalUserId };
	const payload = { workspaceId: api.workspaceId, tokenId: randomUUID(), baseUrl: api.url };
	for (const [name, id] of Object.entries(ids)) if (id) payload[name] = id;
	return mintAppToken(api.appApiKey, payload);
}

function layout(title, body) {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;color:#212b36;display:grid;grid-template-columns:220px 1fr;min-height:100vh}
nav{background:#f4f6f8;border-right:1px solid #dfe3e8;padding:16px}nav b{display:block;margin-bottom:12px}
nav a{display:block;color:#212b36;padding:6px 0;text-decoration:none}main{display:flex;flex-direction:column}
header{padding:12px 24px;border-bottom:1px solid #dfe3e8}header small{color:#637381;margin-left:8px}
iframe{flex:1;border:1px dashed #c4cdd5;border-radius:8px;margin:16px;min-height:600px}
li{margin:6px 0}
</style></head><body>${body}</body></html>
`;
}

function sidebar(signedInAs) {
	return `<nav><b>Fake Copilot portal</b><a href="/">People</a><a href="#" aria-current="page">Tasks app</a><p>Signed in as ${escapeHtml(signedInAs)}</p></nav>`;
}

function indexPage(api) {
	const clients = api.store.list('client');
	const team = api.store.list('internalUser');
	const link = (query, text) => `<li><a href="/app?${new URLSearchParams(query)}">${escapeHtml(text)}</a></li>`;
	return layout(
		'Fake Copilot portal',
		`${sidebar('nobody yet')}<main><header><h1>Open the custom app as…</h1></header><div style="padding:0 24px">
<h2>A client</h2><ul>${clients.map((client) => link({ clientId: client.id }, nameOf(client))).join('')}</ul>
<h2>A team member</h2><ul>${team.map((user) => link({ internalUserId: user.id }, nameOf(user))).join('')}</ul>
<h2>A team member previewing as a client</h2><ul>${clients
			.slice(0, 3)
			.map((client) => link({ clientId: client.id, internalUserId: team[0].id }, `${nameOf(team[0])} as ${nameOf(client)}`))
			.join('')}</ul></div></main>`,
	);
}

function appPage(api, appUrl, query) {
	const token = query.get('token') ?? appTokenFor(api, { clientId: query.get('clientId'), internalUserId: query.get('internalUserId') });
	const client = query.get('clientId') ? api.store.get('client', query.get('clientId')) : undefined;
	const user = query.get('internalUserId') ? api.store.get('internalUser', query.get('internalUserId')) : undefined;
	const who = [user, client].filter(Boolean).map(nameOf).join(' as ') || 'someone with a token of their own';
	const src = `${appUrl}${appUrl.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
	const framed = `<small>a custom app, framed from ${escapeHtml(new URL(appUrl).origin)}</small>`;
	return layout('Tasks app – Fake Copilot portal', `${sidebar(who)}<main><header>Tasks app ${framed}</header><iframe title="Custom app" src="${escapeHtml(src)}"></iframe></main>`);
}

/** Serves the portal on `host` (127.0.0.3 by default, beside the API's 127.0.0.1): `/` lists the people, `/app?clientId=…` frames the app. */
function startFakePortal({ api, appUrl, host = '127.0.0.3', port = 0 }) {
	const server = createServer((request, response) => {
		const url = new URL(request.url, 'http://portal.invalid');
		const known = url.pathname === '/' || url.pathname === '/app';
		response.writeHead(known ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
		if (!known) return response.end('Not found');
		response.end(url.pathname === '/' ? indexPage(api) : appPage(api, appUrl, url.searchParams));
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const { port: listening } = server.address();
			resolve({
				url: `http://${host}:${listening}`,
				/** The portal page showing the app to `viewer` ({ clientId }, { internalUserId } or both), or with `{ token }`. */
				viewUrl: (viewer) => `http://${host}:${listening}/app?${new URLSearchParams(viewer)}`,
				stop: () =>
					new Promise((done) => {
						server.close(() => done());
						server.closeAllConnections();
					}),
			});
		});
	});
}

module.exports = { appTokenFor, startFakePortal };
