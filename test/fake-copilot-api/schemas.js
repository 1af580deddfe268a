// The request body of every Copilot operation that takes one, by the name of its function in
// Copilot's SDK (@assembly-js/node-sdk 3.19.1, dist/codegen/api/services/DefaultService.d.ts): its
// fields, which are required, their types and allowed values, as the SDK's types and descriptions
// give them. Where Copilot's server is known to take something else, the shape here is the server's
// and SCHEMA_DIFFERENCES in server-rules.js names the difference and its source; the SDK contract
// test reads the SDK and checks that these shapes are the SDK's but for exactly those differences.
const { array, boolean, map, number, object, optional, required, string } = require('./shape');

const text = () => optional(string());
const needed = () => required(string());

const lineItems = () =>
	optional(
		array(
			object({
				amount: optional(number()),
				description: text(),
				quantity: required(number()),
				priceId: text(),
			}),
		),
	);
const paymentMethodPreferences = () =>
	required(array(object({ type: required(string(['creditCard', 'bankAccount'])), feePaidByClient: required(boolean()) })));
/** File channels and message channels are created alike. */
const channelCreate = () =>
	object({
		membershipType: required(string(['individual', 'group', 'company'])),
		membershipEntityId: text(),
		memberIds: optional(array(string())),
		clientId: text(),
		companyId: text(),
	});
const taskStatus = () => optional(string(['todo', 'inProgress', 'completed']));
/** One viewer at most, naming its company (tasks-app, src/types/dto/tasks.dto.ts, ViewersSchema). */
const viewers = () => optional(array(object({ clientId: text(), companyId: needed() }), { maxItems: 1 }));

const BODY_SHAPES = {
	createAppConnection: object({
		companyId: text(),
		clientIds: optional(array(string())),
		type: required(string(['embed', 'link'])),
		content: needed(),
	}),
	createClient: object({ givenName: needed(), familyName: needed(), email: needed(), companyId: text(), customFields: optional(map()) }),
	updateClient: object({ givenName: text(), familyName: text(), companyId: text(), customFields: optional(map()) }),
	updateAClientDestructive: object({ givenName: needed(), familyName: needed(), companyId: text(), customFields: optional(map()) }),
	createCompany: object({ name: needed(), iconImageUrl: text(), fallbackColor: text(), customFields: optional(map()) }),
	updateCompany: object({ name: text(), customFields: optional(map()) }),
	sendContract: object({
		contractTemplateId: needed(),
		recipientId: text(),
		clientId: needed(),
		companyId: text(),
		variableValues: optional(map()),
	}),
	createFile: object({
		path: needed(),
		channelId: needed(),
		linkUrl: text(),
		clientPermissions: optional(string(['read_write', 'read_only'])),
	}),
	createAFileDeprecated: object({ type: needed(), channelID: needed(), fileKey: text(), path: text(), fileUrl: text() }),
	createFileChannel: channelCreate(),
	requestFormResponse: object({
		formId: needed(),
		clientIds: optional(array(string())),
		clientCompanyIds: required(array(object({ clientId: needed(), companyId: needed() }))),
	}),
	createInvoice: object({
		templateId: text(),
		recipientId: text(),
		lineItems: lineItems(),
		memo: text(),
		daysUntilDue: required(number()),
		taxPercentage: optional(number()),
		paymentMethodPreferences: paymentMethodPreferences(),
		clientId: text(),
		companyId: text(),
	}),
	sendMessage: object({ text: needed(), channelId: needed(), senderId: text() }),
	createMessageChannel: channelCreate(),
	createNote: object({ entityType: required(string(['client', 'company'])), entityId: needed(), title: needed(), content: text() }),
	updateNote: object({ title: text(), content: text() }),
	createNotification: object({
		senderId: needed(),
		recipientId: text(),
		deliveryTargets: optional(
			object({
				inProduct: optional(object({ title: needed(), body: text(), ctaParams: optional(map()) })),
				email: optional(object({ subject: text(), header: text(), body: text(), title: text(), ctaParams: optional(map()) })),
			}),
		),
		recipientClientId: text(),
		recipientCompanyId: text(),
		recipientInternalUserId: text(),
		senderCompanyId: text(),
	}),
	createSubscription: object({
		templateId: text(),
		recipientId: text(),
		lineItems: lineItems(),
		memo: text(),
		daysUntilDue: required(number()),
		taxPercentage: optional(number()),
		interval: optional(string(['day', 'week', 'month', 'quarterly', 'yearly'])),
		intervalCount: optional(number()),
		paymentMethodPreferences: paymentMethodPreferences(),
		collectionMethod: required(string(['sendInvoice', 'chargeAutomatically'])),
		clientId: text(),
		companyId: text(),
	}),
	createTask: object({
		name: text(),
		description: text(),
		parentTaskId: text(),
		status: taskStatus(),
		internalUserId: text(),
		clientId: text(),
		companyId: text(),
		dueDate: text(),
		templateId: text(),
		viewers: viewers(),
	}),
	updateTask: object({
		name: text(),
		description: text(),
		status: taskStatus(),
		internalUserId: text(),
		clientId: text(),
		companyId: text(),
		dueDate: text(),
		isArchived: optional(boolean()),
		viewers: viewers(),
	}),
	putV1FilesIdPermissions: object({ clientPermissions: required(string(['read_write', 'read_only'])), channelId: text() }),
};

module.exports = { BODY_SHAPES };
