import { startFakeCopilotApi, type FakeCopilotApi, type FakeCopilotApiOptions } from '../fake-copilot-api';

/**
 * A fake Copilot API for the tests of the enclosing describe: started before them (`use` receives it),
 * stopped after them, and unless `forgetBetweenTests` is false, each test starts with no recorded
 * requests and no injected failures left over from the one before.
 */
export function withFakeCopilotApi(
	options: FakeCopilotApiOptions,
	use: (fake: FakeCopilotApi) => void,
	{ forgetBetweenTests = true }: { forgetBetweenTests?: boolean } = {},
): void {
	let fake: FakeCopilotApi | undefined;
	beforeAll(async () => {
		fake = await startFakeCopilotApi(options);
		use(fake);
	});
	afterAll(async () => {
		await fake?.stop();
	});
	if (forgetBetweenTests) {
		beforeEach(() => {
			fake?.clearRequests();
			fake?.clearFailures();
		});
	}
}
