import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { sortedByName } from '../../fields/list';
import { definedOnly } from '../../fields/values';
import type { ItemContext } from '../ItemContext';
import type { CopilotOperation } from '../types';

const text = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description,
});

const json = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'json',
	default: '{}',
	description,
});

const DELIVERIES = [
	{ name: 'In Product', value: 'inProduct', description: 'In the recipient’s notification center' },
	{ name: 'Email', value: 'email', description: 'By email only' },
	{ name: 'In Product and Email', value: 'both' },
];

const inProduct = { show: { delivery: ['inProduct', 'both'] } };

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
		displayName: 'Delivery',
		name: 'delivery',
		type: 'options',
		options: DELIVERIES,
		default: 'inProduct',
		description: 'Where the notification reaches the recipient; the email’s fields are under Additional Fields',
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		displayOptions: inProduct,
		description: 'The title shown in the recipient’s notification center',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: sortedByName([
			// Shown whatever Delivery says (n8n would silently drop hidden ones): a field that does not
			// fit Delivery is refused with a message instead.
			text('body', 'Body', 'In the notification center: the text below the title'),
			json('ctaParams', 'CTA Parameters (JSON)', 'In the notification center: key/value pairs added to the link of its call to action'),
			text('emailBody', 'Email Body', 'The body of the email'),
			text('emailButtonTitle', 'Email Button Title', 'The label of the email’s call-to-action button'),
			json('emailCtaParams', 'Email CTA Parameters (JSON)', 'Key/value pairs added to the link of the email’s call-to-action button'),
			text('emailHeader', 'Email Header', 'The heading of the email'),
			text('emailSubject', 'Email Subject', 'The subject of the email'),
			text('recipientClientId', 'Recipient Client ID', 'The client notified (this or Recipient Internal User ID)'),
			text('recipientCompanyId', 'Recipient Company ID', 'The company of a recipient client who belongs to several'),
			text('recipientInternalUserId', 'Recipient Internal User ID', 'The internal user notified'),
			text('senderCompanyId', 'Sender Company ID', 'The company of a sender client who belongs to several'),
		]),
	},
];

const EMAIL_FIELDS = ['emailSubject', 'emailHeader', 'emailBody', 'emailButtonTitle', 'emailCtaParams'];
const IN_PRODUCT_FIELDS = ['body', 'ctaParams'];

/** Fields set for a delivery Delivery does not choose, which would otherwise be dropped unseen. */
function refuseStray(item: ItemContext, fields: IDataObject, names: string[], message: string): void {
	if (names.some((name) => fields[name] !== undefined)) {
		throw item.error(message, 'Choose Delivery: In Product and Email to send both, or remove the fields that do not apply.');
	}
}

/** Copilot's deliveryTargets: in the notification center, by email, or both, as Delivery says. */
function deliveryTargets(item: ItemContext, fields: IDataObject): IDataObject {
	const delivery = item.text('delivery') || 'inProduct';
	const targets: IDataObject = {};
	if (delivery === 'email') refuseStray(item, fields, IN_PRODUCT_FIELDS, 'Body and CTA Parameters are for the notification center, but Delivery is Email');
	if (delivery !== 'email') {
		const title = item.text('title');
		if (title === '') throw item.error('A notification in the notification center needs a Title');
		targets.inProduct = definedOnly({
			title,
			body: fields.body,
			ctaParams: fields.ctaParams === undefined ? undefined : item.jsonObject('CTA Parameters (JSON)', fields.ctaParams),
		});
	}
	if (delivery === 'inProduct') {
		refuseStray(item, fields, EMAIL_FIELDS, 'Email fields are set, but Delivery is In Product');
		return targets;
	}
	if (fields.emailSubject === undefined && fields.emailBody === undefined) {
		throw item.error('An email notification needs at least an Email Subject or an Email Body under Additional Fields');
	}
	targets.email = definedOnly({
		subject: fields.emailSubject,
		header: fields.emailHeader,
		body: fields.emailBody,
		title: fields.emailButtonTitle,
		ctaParams: fields.emailCtaParams === undefined ? undefined : item.jsonObject('Email CTA Parameters (JSON)', fields.emailCtaParams),
	});
	return targets;
}

export const create: CopilotOperation = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Send a notification',
		description: 'Notify a client or an internal user, in the portal, by email, or both (Copilot allows this only to a custom app’s key)',
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
			customAppOnly: true,
			body: definedOnly({
				senderId: item.text('senderId'),
				senderCompanyId: fields.senderCompanyId,
				recipientClientId: fields.recipientClientId,
				recipientCompanyId: fields.recipientCompanyId,
				recipientInternalUserId: fields.recipientInternalUserId,
				deliveryTargets: deliveryTargets(item, fields),
			}),
		});
	},
};
