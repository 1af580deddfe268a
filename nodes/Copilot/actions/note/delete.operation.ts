import { idField } from '../../fields/locators';
import { deleteOperation } from '../generic';

export const deleteNote = deleteOperation({ noun: 'note', collection: '/v1/notes', id: idField('noteId', 'Note ID') });
