import { idField } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({ noun: 'note', collection: '/v1/notes', id: idField('noteId', 'Note ID') });
