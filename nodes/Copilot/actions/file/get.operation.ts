import { idField } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({ noun: 'file', collection: '/v1/files', id: idField('fileId', 'File ID', 'The file, folder or link') });
