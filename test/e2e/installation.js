// How n8n is told to take this package, which n8n has not verified.

function registerInstallationTests(ctx) {
	test('n8n runs with N8N_UNVERIFIED_PACKAGES_ENABLED set, so a change of its default cannot break the suites', async () => {
		const settings = await ctx.client.rest('/settings');
		expect(settings.unverifiedCommunityNodesEnabled).toBe(true);
		// n8n 2.x warns at start-up while the variable is unset, that its default will change to false.
		expect(ctx.logs()).not.toContain('N8N_UNVERIFIED_PACKAGES_ENABLED');
		ctx.summary.checks++;
	});
}

module.exports = { registerInstallationTests };
