import type { INodeParameters } from 'n8n-workflow';

import type { FakeCopilotApi } from '../fake-copilot-api';
import { runCopilotNode } from '../helpers/copilotNode';
import { withFakeCopilotApi } from '../helpers/fakeCopilotApi';

const API_KEY = 'placeholders-test-key';

describe('data the fake makes as Copilot does', () => {
	let fake: FakeCopilotApi;
	const run = (parameters: INodeParameters) => runCopilotNode({ parameters, credentials: { apiKey: API_KEY, baseUrl: fake.url } });

	withFakeCopilotApi({ apiKey: API_KEY, seed: 'demo', rateLimit: false }, (started) => (fake = started), { forgetBetweenTests: false });

	describe('Company › Create or Update and the placeholder companies Copilot makes', () => {
		it('never takes a client’s placeholder company (its name is empty) for the company it is asked for', async () => {
			const [solo] = await run({ resource: 'client', operation: 'create', givenName: 'Solo', familyName: 'Trader', email: 'solo.trader@example.com', additionalFields: {} });
			const placeholder = fake.store.get('company', String(solo.json.companyId))!;
			expect(placeholder).toMatchObject({ name: '', isPlaceholder: true });
			const [company] = await run({ resource: 'company', operation: 'upsert', name: 'Solo Trader', additionalFields: {} });
			expect(company.json).toMatchObject({ name: 'Solo Trader', isPlaceholder: false, upsert: 'created' });
			expect(company.json.id).not.toBe(placeholder.id);
			expect(fake.store.get('company', placeholder.id)).toMatchObject({ name: '', isPlaceholder: true });
		});

		it('refuses a blank name before asking Copilot, which would otherwise list every company, placeholders too', async () => {
			fake.clearRequests();
			await expect(run({ resource: 'company', operation: 'upsert', name: '   ', additionalFields: {} })).rejects.toThrow(
				'Name is empty: Create or Update finds the company by name',
			);
			expect(fake.requests).toEqual([]);
		});
	});

	describe('File › Create where Copilot keeps folders', () => {
		const create = (fileType: string, path: string) => ({ resource: 'file', operation: 'create', fileType, channelId: fake.demo.fileChannels[0].id, path, linkUrl: 'https://example.com' });

		it('fails on a folder that exists with Copilot’s "Folder already exists"', async () => {
			await run(create('folder', 'Contracts'));
			await expect(run(create('folder', 'Contracts'))).rejects.toThrow('Folder already exists');
			await expect(run(create('folder', 'Contracts'))).rejects.toMatchObject({ httpCode: '400' });
		});

		it('fails on a path through a folder that does not exist, naming it, and creates nothing then', async () => {
			const before = fake.store.list('file').length;
			await expect(run(create('link', 'Nowhere/Deeper/Guide'))).rejects.toThrow('Folder Nowhere does not exist: create each folder of the path first');
			await run(create('folder', 'Nowhere'));
			await expect(run(create('link', 'Nowhere/Deeper/Guide'))).rejects.toThrow('Folder Nowhere/Deeper does not exist');
			await run(create('folder', 'Nowhere/Deeper'));
			const [link] = await run(create('link', 'Nowhere/Deeper/Guide'));
			expect(link.json).toMatchObject({ object: 'link', name: 'Guide' });
			expect(fake.store.list('file').length).toBe(before + 3);
		});
	});
});
