import type { FakeCopilotApi } from '../fake-copilot-api';
import { runCopilotNode } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';
import { credentialsFor, headerFor, OPERATION_CASES } from './cases';

const API_KEY = 'operations-test-key';

describe('every operation of the Copilot node, through n8n’s execution context, against the fake Copilot API', () => {
	let fake: FakeCopilotApi;

	withFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false }, (started) => (fake = started), { forgetBetweenTests: false });

	it.each(OPERATION_CASES.map((operationCase) => [operationCase.resource, operationCase.operation, operationCase.variant ?? 'the usual fields', operationCase] as const))(
		'%s: %s (%s) sends Copilot the right request and outputs its answer',
		async (resource, operation, _variant, operationCase) => {
			const parameters = { resource, operation, ...operationCase.parameters(fake) };
			fake.clearRequests();
			const credentials = credentialsFor(fake, operationCase, API_KEY, `${fake.url}/`);
			const output = await runCopilotNode({ parameters, inputItems: operationCase.input?.(), credentials });

			const requests = fake.requests.filter((request) => request.path.startsWith('/v1/'));
			const expected = operationCase.request(fake);
			const sent = requests[requests.length - 1];
			expect({ method: sent.method, path: sent.path }).toEqual({ method: expected.method, path: expected.path });
			if (expected.query) expect(sent.query).toEqual(expected.query);
			if (expected.body) expect(sent.body).toEqual(expected.body);
			const header = headerFor(fake, operationCase, API_KEY);
			expect(requests.every((request) => request.apiKey === header && request.status === 200)).toBe(true);

			const items = operationCase.items ?? 1;
			if (items > 0) expect(output).toHaveLength(items);
			if (items === -1) expect(output.length).toBeGreaterThan(0);
			for (const item of output) {
				expect(item.pairedItem).toEqual({ item: 0 });
				expect(item.json.error).toBeUndefined();
			}
		},
	);
});
