/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/ui'],
	testMatch: ['**/*.ui.test.js'],
	transform: {},
	testTimeout: 180_000,
	maxWorkers: 1,
	verbose: true,
};
