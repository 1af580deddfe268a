import { idField } from '../../fields/locators';
import { getOperation } from '../generic';

export const get = getOperation({
	noun: 'subscription',
	collection: '/v1/subscriptions',
	id: idField('subscriptionId', 'Subscription ID'),
});
