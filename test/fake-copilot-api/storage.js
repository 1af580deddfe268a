// The storage host behind Copilot's files, as its presigned S3 URLs are: another host than the API
// (here a second loopback address), no API key, no rate limit. A new file's bytes are PUT to its
// `uploadUrl`; a stored file is read from its `downloadUrl`, signed so that only URLs the fake handed
// out work. Both URLs come from the API's answers.
const { createHmac } = require('node:crypto');

const { ApiError, notFound } = require('./errors');

const SIGNING_KEY = 'fake-copilot-storage';

const signatureOf = (action, id) => createHmac('sha256', SIGNING_KEY).update(`${action}:${id}`).digest('hex').slice(0, 32);

const uploadUrlOf = (storageUrl, id) => `${storageUrl}/upload/${id}?signature=${signatureOf('upload', id)}`;
const downloadUrlOf = (storageUrl, id) => `${storageUrl}/download/${id}?signature=${signatureOf('download', id)}`;

/** Bytes to send as they are, with their type, rather than as JSON. */
class StoredBytes {
	constructor(bytes, contentType) {
		this.bytes = bytes;
		this.contentType = contentType;
	}
}

function requireSignature(action, params, query) {
	if (query.signature !== signatureOf(action, params.id)) throw new ApiError(403, 'AccessDenied', 'Request has expired or its signature does not match');
}

/**
 * The bytes go on the file record (`content`, `contentType`; never in an API answer) and into the
 * "upload" kind, with how they came (a presigned S3 URL wants their length up front, not chunks).
 */
function upload({ store, params, query, rawBody, headers }) {
	requireSignature('upload', params, query);
	const file = store.get('file', params.id);
	if (!file) throw notFound('Upload');
	const contentType = headers['content-type'];
	const sentAs = { contentLength: headers['content-length'], chunked: headers['transfer-encoding'] === 'chunked' };
	store.add('upload', { id: file.id, object: 'upload', content: rawBody, contentType, ...sentAs });
	store.update('file', file.id, { content: rawBody, contentType, size: rawBody.length, status: 'completed' });
	return '';
}

function download({ store, params, query }) {
	requireSignature('download', params, query);
	const file = store.get('file', params.id);
	if (!file?.content) throw notFound('Download');
	return new StoredBytes(file.content, file.contentType || 'application/octet-stream');
}

const STORAGE_ROUTES = [
	['PUT', '/upload/{id}', upload],
	['GET', '/download/{id}', download],
];

module.exports = { STORAGE_ROUTES, StoredBytes, downloadUrlOf, uploadUrlOf };
