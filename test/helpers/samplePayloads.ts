import clientCreated from '../../examples/events/client.created.json';
import clientUpdated from '../../examples/events/client.updated.json';
import fileUpdated from '../../examples/events/file.updated.json';
import invoicePaid from '../../examples/events/invoice.paid.json';
import taskCompleted from '../../examples/events/task.completed.json';
import taskUpdated from '../../examples/events/task.updated.json';

/** The `client.updated` example from Copilot's webhook documentation: a tag was added. */
export const CLIENT_TAGS_UPDATED = clientUpdated;

/**
 * A client's status and company changed, with previousAttributes at the top level, where Copilot's
 * webhook overview describes it (its own apps read it inside data).
 */
export const CLIENT_STATUS_UPDATED = {
	eventType: 'client.updated',
	data: { ...clientCreated.data, status: 'active', companyId: 'c0ffee00-0000-4000-8000-000000000002' },
	previousAttributes: { status: 'invited', companyId: clientCreated.data.companyId },
};

/** A task event as Copilot's Tasks app sends it: the task as it is now, with no previous values. */
export const TASK_UPDATED = taskUpdated;

/** A task set to completed: also without previous values. */
export const TASK_COMPLETED = taskCompleted;

/** A re-uploaded file: an update that does not say what changed. */
export const FILE_REUPLOADED = fileUpdated;

/** An event that also carries `created` and `object`. */
export const INVOICE_PAID = invoicePaid;
