import { apiKeyHeader, apiKeyKindOf, apiKeyProblem } from '../nodes/Copilot/transport/apiKeyHeader';

describe('the X-API-Key header of a Copilot API credential', () => {
	it('is a workspace key as it is, also for credentials saved before the key type existed', () => {
		expect(apiKeyHeader({ apiKey: 'key-1' })).toBe('key-1');
		expect(apiKeyHeader({ apiKey: 'key-1', keyKind: 'workspace', workspaceId: 'ws' })).toBe('key-1');
		expect(apiKeyKindOf({ apiKey: 'key-1' })).toBe('workspace');
		expect(apiKeyKindOf({ apiKey: 'key-1', keyKind: 'something else' })).toBe('workspace');
	});

	it('is a custom app’s key after its workspace’s id, and its token’s id after both when there is one', () => {
		const credentials = { apiKey: ' app-key ', keyKind: 'customApp', workspaceId: ' ws-9 ' };
		expect(apiKeyKindOf(credentials)).toBe('customApp');
		expect(apiKeyHeader(credentials)).toBe('ws-9/app-key');
		expect(apiKeyHeader(credentials, 'token-3')).toBe('ws-9/app-key/token-3');
		expect(apiKeyHeader(credentials, ' ')).toBe('ws-9/app-key');
	});

	it('says what is missing instead of sending a header Copilot must refuse', () => {
		expect(apiKeyProblem({ apiKey: 'k' })).toBeUndefined();
		expect(apiKeyProblem({ apiKey: '' })).toBe('The Copilot API credential has no API Key');
		expect(apiKeyProblem({ apiKey: 'k', keyKind: 'customApp' })).toBe(
			'The Copilot API credential holds a custom app’s key but no Workspace ID: Copilot needs both',
		);
		expect(() => apiKeyHeader({ apiKey: 'k', keyKind: 'customApp', workspaceId: 7 })).toThrow('no Workspace ID');
	});
});
