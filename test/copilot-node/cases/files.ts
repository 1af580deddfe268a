// Files, folders, links and file channels.
import { demo, made, madeId, type OperationCase } from './helpers';

export const CASES: OperationCase[] = [
	// File and file channel
	{
		resource: 'file',
		operation: 'create',
		parameters: (fake) => ({ fileType: 'folder', channelId: demo(fake).fileChannels[0].id, path: 'Onboarding/Signed', clientPermissions: 'read_only' }),
		request: (fake) => ({
			method: 'POST',
			path: '/v1/files/folder',
			body: { channelId: demo(fake).fileChannels[0].id, path: 'Onboarding/Signed', clientPermissions: 'read_only' },
		}),
	},
	{
		resource: 'file',
		operation: 'get',
		parameters: (fake) => ({ fileId: made(fake, 'file', 'file', { object: 'link', name: 'Site', path: 'Site', channelId: demo(fake).fileChannels[0].id }) }),
		request: (fake) => ({ method: 'GET', path: `/v1/files/${madeId(fake, 'file')}` }),
	},
	{
		resource: 'file',
		operation: 'download',
		parameters: (fake) => ({ fileId: demo(fake).files[1].id, binaryPropertyName: 'letter' }),
		request: (fake) => ({ method: 'GET', path: `/v1/files/${demo(fake).files[1].id}` }),
	},
	{
		resource: 'file',
		operation: 'getAll',
		parameters: (fake) => ({ channelId: demo(fake).fileChannels[0].id, returnAll: true, filters: {} }),
		request: (fake) => ({ method: 'GET', path: '/v1/files', query: { channelId: demo(fake).fileChannels[0].id, limit: '1000' } }),
		items: -1,
	},
	{
		resource: 'file',
		operation: 'delete',
		parameters: (fake) => ({ fileId: made(fake, 'doomedFile', 'file', { object: 'link', name: 'Old', path: 'Old', channelId: demo(fake).fileChannels[0].id }) }),
		request: (fake) => ({ method: 'DELETE', path: `/v1/files/${madeId(fake, 'doomedFile')}` }),
	},
	{
		resource: 'file',
		operation: 'updatePermissions',
		parameters: (fake) => ({ folderId: 'root', clientPermissions: 'read_only', channelId: demo(fake).fileChannels[0].id }),
		request: (fake) => ({
			method: 'PUT',
			path: '/v1/files/root/permissions/',
			body: { clientPermissions: 'read_only', channelId: demo(fake).fileChannels[0].id },
		}),
	},
	{
		resource: 'fileChannel',
		operation: 'create',
		parameters: (fake) => ({ membershipType: 'company', additionalFields: { companyId: demo(fake).companies[0].id } }),
		request: (fake) => ({ method: 'POST', path: '/v1/channels/files', body: { membershipType: 'company', companyId: demo(fake).companies[0].id } }),
	},
	{
		resource: 'fileChannel',
		operation: 'get',
		parameters: (fake) => ({ fileChannelId: demo(fake).fileChannels[0].id }),
		request: (fake) => ({ method: 'GET', path: `/v1/channels/files/${demo(fake).fileChannels[0].id}` }),
	},
	{
		resource: 'fileChannel',
		operation: 'getAll',
		parameters: (fake) => ({ returnAll: true, filters: { clientId: demo(fake).clients[0].id } }),
		request: (fake) => ({ method: 'GET', path: '/v1/channels/files', query: { clientId: demo(fake).clients[0].id, limit: '1000' } }),
		items: -1,
	},
];
