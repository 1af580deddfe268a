import type { INodePropertyOptions } from 'n8n-workflow';

import { ALL_EVENTS } from './selection';

/**
 * The event types Copilot sends, as spelt in Copilot's own code and its webhook events page. Copilot
 * adds events over time; the trigger's "Custom Events" option receives any type missing here. The task
 * events say what Copilot's Tasks app sends (its `dispatchUpdatedWebhookEvent`): the task as it is now,
 * never its previous values, under a type chosen by the task's state after the change.
 */
export const COPILOT_EVENTS: ReadonlyArray<{ value: string; description: string }> = [
	{ value: 'client.created', description: 'A client was added to the portal' },
	{ value: 'client.updated', description: 'A client’s details, status or custom fields changed' },
	{ value: 'client.deleted', description: 'A client was removed' },
	{ value: 'client.activated', description: 'A client signed in to the portal for the first time' },
	{ value: 'company.created', description: 'A company was added' },
	{ value: 'company.updated', description: 'A company’s details changed' },
	{ value: 'company.deleted', description: 'A company was removed' },
	{ value: 'internalUser.created', description: 'A team member was added' },
	{ value: 'internalUser.deleted', description: 'A team member was removed' },
	{ value: 'task.created', description: 'A task was created' },
	{
		value: 'task.updated',
		description:
			'A task that is not completed got another name, status, assignee or due date, or a task was unarchived. Without previous values.',
	},
	{
		value: 'task.completed',
		description:
			'A task was set to completed, or a completed task got another name, assignee or due date. Without previous values.',
	},
	{ value: 'task.archived', description: 'A task was archived (unarchiving sends task.updated)' },
	{ value: 'task.deleted', description: 'A task was deleted' },
	{ value: 'comment.created', description: 'A comment was added to a task' },
	{ value: 'file.created', description: 'A file was uploaded' },
	{
		value: 'file.updated',
		description: 'A file was renamed or moved, or its content was uploaded (then without previous values)',
	},
	{ value: 'file.deleted', description: 'A file was deleted' },
	{ value: 'folder.created', description: 'A folder was created' },
	{ value: 'folder.updated', description: 'A folder was renamed or moved' },
	{ value: 'folder.deleted', description: 'A folder was deleted' },
	{ value: 'link.created', description: 'A link was added to a file channel' },
	{ value: 'link.updated', description: 'A link in a file channel was renamed or moved' },
	{ value: 'link.deleted', description: 'A link was deleted from a file channel' },
	{ value: 'invoice.created', description: 'An invoice was created' },
	{ value: 'invoice.updated', description: 'An invoice’s status, amounts or dates changed' },
	{ value: 'invoice.paid', description: 'An invoice was paid in full' },
	{ value: 'invoice.voided', description: 'An invoice was voided' },
	{ value: 'invoice.deleted', description: 'An invoice was deleted' },
	{ value: 'payment.succeeded', description: 'A payment went through' },
	{ value: 'product.created', description: 'A product was created' },
	{ value: 'product.updated', description: 'A product’s details changed' },
	{ value: 'price.created', description: 'A price was added to a product' },
	{ value: 'message.sent', description: 'A message was sent in a message channel' },
	{ value: 'messageChannel.created', description: 'A message channel was opened' },
	{ value: 'messageChannel.deleted', description: 'A message channel was deleted' },
	{ value: 'note.created', description: 'A note was added to a client or company' },
	{ value: 'note.updated', description: 'A note was edited' },
	{ value: 'note.deleted', description: 'A note was deleted' },
	{ value: 'contract.requested', description: 'A contract was sent for signature' },
	{ value: 'contract.signed', description: 'A contract was signed' },
	{ value: 'formResponse.completed', description: 'A client completed a form' },
];

export const EVENT_OPTIONS: INodePropertyOptions[] = [
	// Named, so that n8n's nodes panel offers it as "On Any Event" (it leaves out an option named "*").
	{ name: 'Any Event', value: ALL_EVENTS, description: 'Any event, including types added to Copilot later' },
	...COPILOT_EVENTS.map(({ value, description }) => ({ name: value, value, description })),
];
