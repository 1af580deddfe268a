import { idField } from '../../fields/locators';
import { resourcePath } from '../../transport/client';
import type { CopilotOperation } from '../types';

export const cancel: CopilotOperation = {
	option: { name: 'Cancel', value: 'cancel', action: 'Cancel a subscription', description: 'Stop a subscription’s billing' },
	properties: [idField('subscriptionId', 'Subscription ID')],
	async execute(item) {
		return await item.request({
			method: 'POST',
			path: resourcePath('/v1/subscriptions', item.id('subscriptionId'), 'cancel'),
			check: 'Look at the subscription’s status (Subscription › Get) before you run this item again.',
		});
	},
};
