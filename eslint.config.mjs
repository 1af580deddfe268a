import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_GLOBALS = Object.fromEntries(
	['require', 'module', 'exports', '__dirname', '__filename', 'process', 'console', 'Buffer', 'fetch', 'Headers', 'URL', 'performance', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'].map((name) => [name, 'readonly']),
);
const JEST_GLOBALS = Object.fromEntries(
	['describe', 'test', 'it', 'expect', 'beforeAll', 'afterAll', 'beforeEach', 'afterEach'].map((name) => [name, 'readonly']),
);

const nodeSources = ['nodes/**/*.ts', 'credentials/**/*.ts'];

export default tseslint.config(
	{ ignores: ['dist/**', 'coverage/**', 'node_modules/**'] },
	{
		// Development tooling: plain Node.js scripts, never shipped.
		files: ['**/*.js', '**/*.mjs'],
		extends: [js.configs.recommended],
		languageOptions: { ecmaVersion: 2023, globals: NODE_GLOBALS },
	},
	{ files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
	{
		files: ['test/**/*.js'],
		languageOptions: { globals: JEST_GLOBALS },
	},
	{
		// Functions the browser suite hands to page.evaluate() run in the page, with its globals.
		files: ['test/ui/**/*.js'],
		languageOptions: { globals: { localStorage: 'readonly', document: 'readonly', window: 'readonly' } },
	},
	{
		files: ['**/*.ts'],
		extends: [tseslint.configs.recommended],
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
	{
		files: ['package.json'],
		languageOptions: { parser: tseslint.parser },
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: n8nNodesBase.configs.community.rules,
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// A Copilot docs page, not an n8n docs slug, is the right link for a community credential.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// n8n's community rules require the NodeConnectionTypes enum that this older rule predates.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
	{
		files: [...nodeSources, 'package.json'],
		...n8nCommunityNodesPlugin.configs.recommended,
		languageOptions: { parser: tseslint.parser },
	},
	{
		files: nodeSources,
		rules: { 'no-console': 'error' },
	},
);
