// Files, folders and links in file channels, their permissions, file channels, and the storage
// URL a new file's content is uploaded to.
const { channelFields, memberOf } = require('../channels');
const { invalid, notFound, requireFields, requireOneOf } = require('../errors');
const { list, remove, retrieve } = require('./generic');

const FILE_TYPES = ['file', 'folder', 'link'];
const PERMISSIONS = ['read_write', 'read_only'];

function createFile({ store, params, body, baseUrl }) {
	if (!FILE_TYPES.includes(params.fileType)) throw invalid(`fileType must be one of ${FILE_TYPES.join(', ')}`);
	requireFields(body, 'path', 'channelId');
	if (!store.get('fileChannel', body.channelId)) throw invalid('channelId does not match a file channel');
	if (params.fileType === 'link') requireFields(body, 'linkUrl');
	requireOneOf(body, 'clientPermissions', PERMISSIONS);
	const record = store.add('file', {
		...body,
		object: params.fileType,
		name: body.path.split('/').pop(),
		status: params.fileType === 'file' ? 'pending' : 'completed',
		size: 0,
	});
	return params.fileType === 'file' ? { ...record, uploadUrl: `${baseUrl}/upload/${record.id}` } : record;
}

function updatePermissions({ store, params, body }) {
	requireFields(body, 'clientPermissions');
	requireOneOf(body, 'clientPermissions', PERMISSIONS);
	if (params.id === 'root') {
		requireFields(body, 'channelId');
		store.find('fileChannel', body.channelId, 'File channel');
		return { id: 'root', object: 'folder', channelId: body.channelId, clientPermissions: body.clientPermissions };
	}
	const folder = store.find('file', params.id, 'Folder');
	if (folder.object !== 'folder') throw invalid('Permissions can only be set on folders');
	return store.update('file', folder.id, { clientPermissions: body.clientPermissions });
}

/**
 * The presigned storage URL: no API key, no rate limit. The bytes are kept beside the file (kind
 * "upload", same id) for tests to read.
 */
function upload({ store, params, rawBody, headers }) {
	const file = store.get('file', params.id);
	if (!file) throw notFound('Upload');
	store.add('upload', { id: file.id, content: rawBody, contentType: headers['content-type'] });
	store.update('file', file.id, { size: rawBody.length, status: 'completed' });
	return '';
}

module.exports = [
	['POST', '/v1/files/{fileType}', createFile],
	['GET', '/v1/files', list('file', { filters: ['channelId', 'path'] })],
	['GET', '/v1/files/{id}', retrieve('file', 'File')],
	['DELETE', '/v1/files/{id}', remove('file', 'File')],
	['PUT', '/v1/files/{id}/permissions/', updatePermissions],
	['PUT', '/v1/files/{id}/permissions', updatePermissions],
	['POST', '/v1/channels/files', ({ store, body }) => store.add('fileChannel', channelFields(body))],
	[
		'GET',
		'/v1/channels/files',
		list('fileChannel', { filters: ['membershipType', 'membershipEntityId', 'clientId', 'companyId'], where: memberOf }),
	],
	['GET', '/v1/channels/files/{id}', retrieve('fileChannel', 'File channel')],
	['PUT', '/upload/{id}', upload, { open: true }],
];
