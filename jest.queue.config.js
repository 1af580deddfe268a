/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/queue'],
	testMatch: ['**/*.test.js'],
	transform: {},
	testTimeout: 120_000,
	maxWorkers: 1,
	verbose: true,
};
