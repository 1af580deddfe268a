import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { sortedByName } from '../../fields/list';
import { definedOnly, nonEmpty } from '../../fields/values';
import type { CopilotOperation } from '../types';

const text = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description,
});

const properties: INodeProperties[] = [
	{
		displayName: 'Sender ID',
		name: 'senderId',
		type: 'string',
		required: true,
		default: '',
		description: 'The client, internal user or company the notification comes from',
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		description: 'The title shown in the recipient’s notification center',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: sortedByName([
			text('body', 'Body', 'The text below the title in the notification center'),
			text('emailBody', 'Email Body', 'Also send an email with this body'),
			text('emailButtonTitle', 'Email Button Title', 'The label of the email’s call-to-action button'),
			text('emailHeader', 'Email Header', 'The heading of the email'),
			text('emailSubject', 'Email Subject', 'The subject of the email'),
			text('recipientClientId', 'Recipient Client ID', 'The client notified (this or Recipient Internal User ID)'),
			text('recipientCompanyId', 'Recipient Company ID', 'The company of a recipient client who belongs to several'),
			text('recipientInternalUserId', 'Recipient Internal User ID', 'The internal user notified'),
			text('senderCompanyId', 'Sender Company ID', 'The company of a sender client who belongs to several'),
		]),
	},
];

function deliveryTargets(title: string, fields: IDataObject): IDataObject {
	const email = definedOnly({
		subject: fields.emailSubject,
		header: fields.emailHeader,
		body: fields.emailBody,
		title: fields.emailButtonTitle,
	});
	return definedOnly({
		inProduct: definedOnly({ title, body: fields.body }),
		email: nonEmpty(email),
	});
}

export const create: CopilotOperation = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a notification',
		description: 'Notify a client or an internal user, in the portal and optionally by email',
	},
	properties,
	async execute(item) {
		const fields = item.fields('additionalFields');
		if (fields.recipientClientId === undefined && fields.recipientInternalUserId === undefined) {
			throw item.error('Choose who is notified: add Recipient Client ID or Recipient Internal User ID');
		}
		return await item.request({
			method: 'POST',
			path: '/v1/notifications',
			check: 'Look at the recipient’s notifications (Notification › Get Many) before you run this item again.',
			body: definedOnly({
				senderId: item.text('senderId'),
				senderCompanyId: fields.senderCompanyId,
				recipientClientId: fields.recipientClientId,
				recipientCompanyId: fields.recipientCompanyId,
				recipientInternalUserId: fields.recipientInternalUserId,
				deliveryTargets: deliveryTargets(item.text('title'), fields),
			}),
		});
	},
};
