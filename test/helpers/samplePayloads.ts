import clientUpdated from '../../examples/events/client.updated.json';
import fileUpdated from '../../examples/events/file.updated.json';
import invoicePaid from '../../examples/events/invoice.paid.json';
import taskUpdated from '../../examples/events/task.updated.json';

/** The `client.updated` example from Copilot's webhook documentation: a tag was added. */
export const CLIENT_TAGS_UPDATED = clientUpdated;

/** A task's status and due date changed, with previousAttributes at the top level as Copilot's docs put it. */
const { previousAttributes: taskPrevious, ...taskData } = taskUpdated.data;
export const TASK_STATUS_UPDATED = {
	eventType: taskUpdated.eventType,
	data: taskData,
	previousAttributes: taskPrevious,
};

/** A re-uploaded file: an update that does not say what changed. */
export const FILE_REUPLOADED = fileUpdated;

/** An older-style event that also carries `created` and `object`. */
export const INVOICE_PAID = invoicePaid;
