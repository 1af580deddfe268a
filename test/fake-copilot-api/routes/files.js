// Files, folders and links in file channels, folder permissions, file channels, and the storage URL
// a new file's bytes are uploaded to.
const { channelFields, hasMember } = require('../channels');
const { invalid, notFound } = require('../errors');
const { enforce } = require('../server-rules');
const { requireReference } = require('../validation');
const { list, retrieve } = require('./generic');

const FILE_TYPES = ['file', 'folder', 'link'];

/** A file is only metadata until its bytes are PUT to `uploadUrl` (Copilot's presigned S3 URL). */
function createFile({ store, params, body, baseUrl }) {
	if (!FILE_TYPES.includes(params.fileType)) throw invalid(`fileType must be one of ${FILE_TYPES.join(', ')}`);
	requireReference(store, body, 'channelId', 'fileChannel');
	enforce('link-url', params.fileType !== 'link' || Boolean(body.linkUrl), 'linkUrl is required for links');
	const path = String(body.path);
	const record = store.add('file', {
		...body,
		object: params.fileType,
		name: path.split('/').filter(Boolean).pop() ?? path,
		status: params.fileType === 'file' ? 'pending' : 'completed',
		size: 0,
	});
	return params.fileType === 'file' ? { ...record, uploadUrl: `${baseUrl}/upload/${record.id}` } : record;
}

function deleteFile({ store, params }) {
	const file = store.find('file', params.id, 'File');
	store.remove('file', file.id);
	store.remove('upload', file.id);
	return { id: file.id, object: file.object, deleted: true };
}

/** Folders only; `root` stands for a channel's top folder, which has no record of its own. */
function updatePermissions({ store, params, body }) {
	if (params.id === 'root') {
		enforce('root-permissions-channel', Boolean(body.channelId), 'channelId is required for the root folder');
		requireReference(store, body, 'channelId', 'fileChannel');
		return { id: 'root', object: 'folder', channelId: body.channelId, clientPermissions: body.clientPermissions };
	}
	const folder = store.find('file', params.id, 'Folder');
	if (folder.object !== 'folder') throw invalid('Permissions can only be set on folders');
	return store.update('file', folder.id, { clientPermissions: body.clientPermissions });
}

/**
 * The stand-in for the presigned storage URL: no API key, no rate limit, an empty 200. The bytes go
 * on the file record (`content`, `contentType`; never in an answer) and into the "upload" kind.
 */
function upload({ store, params, rawBody, headers }) {
	const file = store.get('file', params.id);
	if (!file) throw notFound('Upload');
	const contentType = headers['content-type'];
	// How the bytes came, as a presigned S3 URL cares: it wants their length up front, not chunks.
	const sentAs = { contentLength: headers['content-length'], chunked: headers['transfer-encoding'] === 'chunked' };
	store.add('upload', { id: file.id, object: 'upload', content: rawBody, contentType, ...sentAs });
	store.update('file', file.id, { content: rawBody, contentType, size: rawBody.length, status: 'completed' });
	return '';
}

module.exports = [
	['POST', '/v1/files/{fileType}', createFile, 'createFile'],
	['GET', '/v1/files', list('file', { filters: ['channelId', 'path'] }), 'listFiles'],
	['GET', '/v1/files/{id}', retrieve('file', 'File'), 'retrieveFile'],
	['DELETE', '/v1/files/{id}', deleteFile, 'deleteFile'],
	// Copilot's documented path ends in a slash; clients that trim it reach the same handler.
	['PUT', '/v1/files/{id}/permissions/', updatePermissions, 'putV1FilesIdPermissions'],
	['PUT', '/v1/files/{id}/permissions', updatePermissions, 'putV1FilesIdPermissions'],
	['POST', '/v1/channels/files', ({ store, body }) => store.add('fileChannel', channelFields(store, body)), 'createFileChannel'],
	[
		'GET',
		'/v1/channels/files',
		list('fileChannel', { filters: ['membershipType', 'membershipEntityId', 'clientId', 'companyId'], where: hasMember }),
		'listFileChannels',
	],
	['GET', '/v1/channels/files/{id}', retrieve('fileChannel', 'File channel'), 'retrieveFileChannel'],
	// Not Copilot's API: the storage host behind upload URLs.
	['PUT', '/upload/{id}', upload],
];
