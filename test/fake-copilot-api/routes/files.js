// Files, folders and links in file channels, folder permissions and file channels. A file's bytes
// live on the storage host (storage.js): the answers carry its signed upload and download URLs.
const { channelFields, hasMember } = require('../channels');
const { invalid } = require('../errors');
const { enforce } = require('../server-rules');
const { requireReference } = require('../validation');
const { downloadUrlOf, uploadUrlOf } = require('../storage');
const { list, retrieve } = require('./generic');

const FILE_TYPES = ['file', 'folder', 'link'];

/** The folders of a path, each with the path of the ones above it: "A/B/c.txt" → ["A", "A/B"]. */
const foldersOf = (segments) => segments.slice(0, -1).map((_, index) => segments.slice(0, index + 1).join('/'));

const isFolderAt = (store, channelId, path) =>
	store.list('file').some((file) => file.object === 'folder' && file.channelId === channelId && file.path.split('/').filter(Boolean).join('/') === path);

/** A file is only metadata until its bytes are PUT to `uploadUrl` (Copilot's presigned S3 URL). */
function createFile({ store, params, body, storageUrl }) {
	if (!FILE_TYPES.includes(params.fileType)) throw invalid(`fileType must be one of ${FILE_TYPES.join(', ')}`);
	requireReference(store, body, 'channelId', 'fileChannel');
	enforce('link-url', params.fileType !== 'link' || Boolean(body.linkUrl), 'linkUrl is required for links');
	const path = String(body.path);
	const segments = path.split('/').filter(Boolean);
	for (const folder of foldersOf(segments)) {
		enforce('file-folders-exist', isFolderAt(store, body.channelId, folder), `Folder ${folder} does not exist: create each folder of the path first`);
	}
	enforce('folder-exists', params.fileType !== 'folder' || !isFolderAt(store, body.channelId, segments.join('/')), 'Folder already exists');
	const record = store.add('file', {
		...body,
		object: params.fileType,
		name: segments.pop() ?? path,
		status: params.fileType === 'file' ? 'pending' : 'completed',
		size: 0,
	});
	return params.fileType === 'file' ? { ...record, uploadUrl: uploadUrlOf(storageUrl, record.id) } : record;
}

/**
 * A stored file as Copilot answers it: with a signed `downloadUrl` once its bytes are uploaded, and
 * without the storage's own fields (its bytes and their type).
 */
function withDownloadUrl(file, storageUrl) {
	const answered = { ...file };
	delete answered.content;
	delete answered.contentType;
	return file.object === 'file' && file.content ? { ...answered, downloadUrl: downloadUrlOf(storageUrl, file.id) } : answered;
}

function retrieveFile(context) {
	return withDownloadUrl(retrieve('file', 'File')(context), context.storageUrl);
}

function listFiles(context) {
	const page = list('file', { filters: ['channelId', 'path'] })(context);
	return { ...page, data: page.data.map((file) => withDownloadUrl(file, context.storageUrl)) };
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

module.exports = [
	['POST', '/v1/files/{fileType}', createFile, 'createFile'],
	['GET', '/v1/files', listFiles, 'listFiles'],
	['GET', '/v1/files/{id}', retrieveFile, 'retrieveFile'],
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
];
