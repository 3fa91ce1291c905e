/** Two projects: `engine` runs nodes in-process through n8n-core against the sandbox (fast);
 *  `e2e` drives the pinned real n8n CLI (slow, installs n8n on first run). `npm test` runs both. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.test.json' }];

module.exports = {
	globalSetup: '<rootDir>/test/support/global-setup.js',
	// A guard against hangs, not a speed check: on a loaded 2-core machine a test that walks hundreds
	// of sandbox records can pass 5 s (jest's default) and then pollute the next test's journal.
	testTimeout: 30_000,
	projects: [
		{
			displayName: 'engine',
			testEnvironment: 'node',
			roots: ['<rootDir>/test', '<rootDir>/sandbox'],
			testMatch: ['**/*.test.ts'],
			testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
			transform: { '^.+\\.ts$': tsJest },
			setupFiles: ['<rootDir>/test/support/env.js'],
			setupFilesAfterEnv: ['<rootDir>/test/support/after-env.ts'],
		},
		{
			displayName: 'e2e',
			testEnvironment: 'node',
			roots: ['<rootDir>/test'],
			testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
			transform: { '^.+\\.ts$': tsJest },
			// Slow by nature (real n8n CLI); each e2e file sets its own timeouts via jest.setTimeout.
		},
	],
};
