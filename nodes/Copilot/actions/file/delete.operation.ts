import { idField } from '../../fields/locators';
import { deleteOperation } from '../generic';

export const deleteFile = deleteOperation({
	noun: 'file',
	collection: '/v1/files',
	id: idField('fileId', 'File ID', 'The file, folder or link; a folder must be empty'),
});
