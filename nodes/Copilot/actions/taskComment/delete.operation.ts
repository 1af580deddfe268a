import { idField } from '../../fields/locators';
import { deleteOperation } from '../generic';

export const deleteTaskComment = deleteOperation({ noun: 'task comment', collection: '/v1/comments', id: idField('commentId', 'Comment ID') });
