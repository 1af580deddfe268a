// What the fake refuses beyond the shapes in schemas.js, each rule where Copilot's own code or docs
// show it. RULES.md is the readable table of the same rules; a test keeps the two equal and checks
// that every rule here is enforced somewhere in the fake.
const { ApiError, invalid, tasksServerError } = require('./errors');

const TASKS_APP = 'copilot-platforms/tasks-app (serves the public /v1/tasks endpoints)';
const SDK = '@assembly-js/node-sdk 3.19.1, DefaultService.d.ts';
const DOCS = 'docs.assembly.com (formerly docs.copilot.com)';
const TASKS_APP_CLIENT = 'copilot-platforms/tasks-app src/utils/CopilotAPI.ts';

/**
 * Rule id → the operations it concerns, what is refused, where Copilot shows it, and the answer:
 * 400 parameter_invalid unless `status` and `code` say otherwise.
 */
const RULES = {
	'task-name-or-template': {
		operations: 'createTask',
		refuses: 'a task without a name (blank counts as none) unless it comes from a template',
		source: `${TASKS_APP}: src/app/api/tasks/public/public.dto.ts, publicTaskCreateDtoSchemaFactory ("Name is required when templateId is not provided")`,
	},
	'task-status-or-template': {
		operations: 'createTask',
		refuses: 'a task without a valid status unless it comes from a template',
		source: `${TASKS_APP}: public.dto.ts, publicTaskCreateDtoSchemaFactory ("Status is required and must be valid when templateId is not provided")`,
	},
	'task-assignee': {
		operations: 'createTask',
		refuses: 'a task with none of internalUserId, clientId, companyId',
		source: `${TASKS_APP}: public.dto.ts, publicTaskCreateDtoSchemaFactory ("At least one of internalUserId, clientId, or companyId is required")`,
	},
	'task-assignee-exclusive': {
		operations: 'createTask, updateTask',
		refuses: 'internalUserId together with clientId or companyId',
		source: `${TASKS_APP}: public.dto.ts and src/types/dto/tasks.dto.ts, validateUserIds ("internalUserId cannot be combined with clientId or companyId")`,
	},
	'task-client-company': {
		operations: 'createTask',
		refuses: 'clientId without companyId for a client of more than one company (for a client of one company, its company is filled in)',
		source: `${TASKS_APP}: public.dto.ts, publicTaskCreateDtoSchemaFactory ("companyId must be provided for clients with more than one company")`,
	},
	'task-update-client-company': {
		operations: 'updateTask',
		refuses: 'clientId without companyId',
		source: `${TASKS_APP}: src/types/dto/tasks.dto.ts, validateUserIds ("companyId is required when clientId is provided")`,
	},
	'task-viewers-internal-user': {
		operations: 'createTask',
		refuses: 'viewers on a task not assigned to an internal user',
		source: `${TASKS_APP}: src/app/api/tasks/public/public.service.ts, createTask ("Task cannot be created with viewers if its not assigned to an IU.")`,
	},
	'task-viewer-company': {
		operations: 'createTask, updateTask',
		refuses: 'a viewer client that does not belong to the viewer companyId, or a viewer company that does not exist',
		source: `${TASKS_APP}: src/app/api/tasks/tasksShared.service.ts, validateViewers ("Invalid companyId for the provided viewer.")`,
	},
	'task-ids-uuid': {
		operations: 'createTask, updateTask',
		refuses: 'internalUserId, clientId, companyId, parentTaskId, templateId or a viewer id that is not a UUID',
		source: `${TASKS_APP}: public.dto.ts and tasks.dto.ts (z.string().uuid())`,
	},
	'task-name-length': {
		operations: 'createTask, updateTask',
		refuses: 'a name longer than 255 characters, and on update a blank name',
		source: `${TASKS_APP}: public.dto.ts (z.string().max(255); PublicTaskUpdateDtoSchema "Name must not be empty")`,
	},
	'task-due-date': {
		operations: 'createTask, updateTask',
		refuses:
			'a dueDate that is not RFC 3339 date-time, or whose UTC date lies before today (UTC). What it keeps is that UTC date alone, answered as the date at 00:00Z',
		source: `${TASKS_APP}: src/types/common.ts, RFC3339DateSchema; public.service.ts with src/utils/dateHelper.ts, isPastDateString ("Due date cannot be in the past"); prisma/schema/task.prisma (dueDate String? @db.VarChar(10)); public.serializer.ts with dateHelper.ts rfc3339ToDateString and toRFC3339`,
	},
	'channel-members': {
		operations: 'createMessageChannel, createFileChannel',
		refuses: 'an individual channel without clientId, a company channel without companyId, a group channel without memberIds',
		source: `${SDK}: createMessageChannel and createFileChannel field descriptions ("Required for individual channels", "Required for company channels", "Required for group channels")`,
	},
	'client-company-required': {
		operations: 'createInvoice, createSubscription, sendContract, createMessageChannel, createFileChannel, createNotification',
		refuses: 'a client of more than one company named without the company the request is for',
		source: `${SDK}: the companyId / recipientCompanyId / senderCompanyId descriptions ("required when the client has more than one company")`,
	},
	'billing-days-until-due': {
		operations: 'createInvoice, createSubscription',
		refuses: 'daysUntilDue that is not a whole number from 1 to 30',
		source: `${SDK}: createInvoice and createSubscription, daysUntilDue ("Max value is 30")`,
	},
	'billing-line-items': {
		operations: 'createInvoice, createSubscription',
		refuses: 'no lineItems without a templateId; a line item with neither amount nor priceId, or a quantity not above 0',
		source: `${SDK}: lineItems ("Required if templateId is not provided"), amount and priceId ("Required if ... not provided")`,
	},
	'notification-recipient': {
		operations: 'createNotification',
		refuses: 'a notification with neither recipientClientId nor recipientInternalUserId (nor the deprecated recipientId)',
		source: `${SDK}: createNotification, recipientClientId and recipientInternalUserId ("required when sending a notification to a client / an internal user")`,
	},
	'link-url': {
		operations: 'createFile',
		refuses: 'a link without linkUrl',
		source: `${SDK}: createFile, linkUrl ("The URL that the link points to (only relevant when fileType = link)")`,
	},
	'root-permissions-channel': {
		operations: 'putV1FilesIdPermissions',
		refuses: 'permissions of the root folder without channelId',
		source: `${SDK}: putV1FilesIdPermissions, channelId ("Required for updating root folder permissions")`,
	},
	'client-email-unique': {
		operations: 'createClient',
		refuses: 'a second client with an email a client has',
		source: 'Copilot answers a create for an existing email with its "client already exists" error (issue 18; the reason Zapier\'s and Make\'s Copilot templates look a client up before creating one)',
	},
	'app-connection-manual-install': {
		operations: 'createAppConnection',
		refuses: 'a connection for an app install that is not a manual one',
		source: `${SDK}: createAppConnection ("This endpoint creates an app connection for a manual app install")`,
	},
	'app-connection-members': {
		operations: 'createAppConnection',
		refuses: 'a connection with neither companyId nor clientIds, or with clients of different companies',
		source: `${SDK}: createAppConnection ("One of companyId or clientIds must be non-null"; clientIds: "Client users must be part of same company")`,
	},
	'unknown-fields': {
		operations: 'every operation with a body',
		refuses: 'a body field its operation does not take (at any depth; the keys of custom fields and other maps are free)',
		source:
			"stricter than Copilot on purpose: Copilot's public task endpoints validate with zod objects, which drop keys they do not know (copilot-platforms/tasks-app, src/app/api/tasks/public/public.dto.ts: z.object without .strict()), so a field sent by mistake would be lost without a word; the fake refuses it so that a test sees it",
	},
	'company-name-unique': {
		operations: 'createCompany, updateCompany',
		refuses: 'a company name another company has',
		source: `${SDK}: updateCompany, name ("Note: an existing company name cannot be used")`,
	},
	'task-delete-subtasks': {
		operations: 'deleteTask',
		refuses: 'deleting a task that has subtasks without recursive (any non-empty value counts, "false" too: the server coerces it); with it, the subtasks go too',
		status: 409,
		source: `${TASKS_APP}: src/app/api/tasks/public/public.controller.ts, deleteOneTaskPublic (z.coerce.boolean() of recursive) and public.service.ts, deleteTask ("Cannot delete task with subtasks. Use recursive delete instead."; softDeleteAllSubtasks)`,
	},
	'notification-get-read': {
		operations: 'retrieveNotification',
		refuses: 'a read notification asked by id without includeRead=true, answered as not found as the list leaves it out (an assumption: Copilot\'s own app always asks with includeRead=true)',
		status: 404,
		code: 'not_found',
		source: `${TASKS_APP_CLIENT}, _getIUNotification (GET notifications/{id} with includeRead=true); SDK listNotifications, includeRead (false by default)`,
	},
	'task-comments-task-exists': {
		operations: 'listTaskComments',
		refuses: 'listing the comments of a taskId that names no task',
		status: 404,
		source: `${TASKS_APP}: src/app/api/comments/comment.service.ts, checkCommentTaskPermissionForUser ("A task for the requested comment was not found")`,
	},
	'folder-exists': {
		operations: 'createFile',
		refuses: 'a folder at a path where the channel has a folder already',
		source: 'copilot-platforms/dropbox-integration src/features/sync/lib/Sync.service.ts, createAndUploadFileToAssembly (a 400 whose message is "Folder already exists")',
	},
	'file-folders-exist': {
		operations: 'createFile',
		refuses: 'a file, folder or link whose path names a folder the channel does not have',
		source: `${DOCS}/reference/create-file ("If any folders provided in the path do not already exist ..., the call will fail with error code 400. Each folder must be created in an individual API call.")`,
	},
	'custom-app-only': {
		operations: 'createNotification, deleteNotification, markNotificationRead, markNotificationUnread',
		refuses:
			'these operations asked with a workspace key (sent bare); they are allowed to a custom app\'s key, sent as <workspaceId>/<appKey> (keys.js tells the two apart by that form)',
		status: 403,
		code: 'forbidden',
		source: `${DOCS}/reference/notifications ("Create Notification, Delete Notification, and Mark as Notification as Read/Unread are actions only available for Custom Apps"); the custom-app form from @assembly-js/node-sdk 3.19.1 dist/api/init.js`,
	},
};

/**
 * The lists Copilot's own apps read in pages of thousands, which the fake serves as large as
 * `limit` asks (SDK operation name → where an app asks so). The others serve at most 100 a page,
 * silently, as the fake always did; pagination.js can make every list refuse or cap a large `limit`.
 */
const LARGE_PAGE_LISTS = {
	listClients: `${TASKS_APP_CLIENT}, _getClients with src/constants/users.ts (MAX_LIMIT_CLIENT_COUNT = 5_000); copilot-platforms/client-home src/utils/copilotApiUtils.ts (listClients limit 5000); copilot-platforms/quickbooks-sync src/utils/copilotAPI.ts (getClients limit 10000)`,
	listCompanies: 'copilot-platforms/client-home src/utils/copilotApiUtils.ts, _getCompanies (listCompanies limit 100_000)',
	listInternalUsers: `${TASKS_APP_CLIENT} callers with src/constants/users.ts (getInternalUsers limit MAX_FETCH_ASSIGNEE_COUNT = 15_000, e.g. public.service.ts createTask)`,
	listInvoices: 'copilot-platforms/quickbooks-sync src/utils/copilotAPI.ts, getInvoices with src/app/api/core/constants/limit.ts (MAX_INVOICE_LIST_LIMIT = 10_000)',
	retrieveTasks: `${TASKS_APP}: src/app/api/tasks/public/public.controller.ts, getAllTasksPublic (limit taken as given, 100 by default); copilot-platforms/client-home asks the tasks app for limit 1000000`,
	listTaskComments: `${TASKS_APP}: src/app/api/comments/public/public.controller.ts with src/utils/pagination.ts, getPaginationLimit (any limit, 100 by default)`,
};

/**
 * What Copilot's server takes that its SDK (3.19.1) does not know: whole operations (`operation`
 * names them as the fake's routes do) and query parameters of SDK operations, each with its type
 * and where Copilot's own code or docs show it. The SDK contract test accepts these and no others.
 */
const BEYOND_SDK = [
	{
		method: 'DELETE',
		path: '/v1/tasks/{id}',
		query: { recursive: 'boolean' },
		source: `${TASKS_APP}: src/app/api/tasks/public/public.controller.ts, deleteOneTaskPublic (reads recursive)`,
	},
	{
		method: 'GET',
		path: '/v1/notifications',
		query: { limit: 'number', nextToken: 'string', recipientCompanyId: 'string' },
		source: `${TASKS_APP_CLIENT}, _getClientNotifications (sends recipientCompanyId and limit); Copilot's list pages as its others do, with nextToken`,
	},
	{
		method: 'GET',
		path: '/v1/notifications/{id}',
		operation: 'retrieveNotification',
		query: { includeRead: 'boolean' },
		source: `${TASKS_APP_CLIENT}, _getIUNotification (GET notifications/{id} with includeRead=true)`,
	},
	{
		method: 'GET',
		path: '/v1/comments',
		operation: 'listTaskComments',
		query: { taskId: 'string', parentCommentId: 'string', createdBy: 'string', limit: 'number', nextToken: 'string' },
		source: `${TASKS_APP}: src/app/api/comments/public/route.ts and public.controller.ts, getAllCommentsPublic; docs.assembly.com/page/mcp (the MCP server reads task comments through the public API). The path /v1/comments is inferred from /v1/tasks being the tasks app's /api/tasks/public`,
	},
	{
		method: 'GET',
		path: '/v1/comments/{id}',
		operation: 'retrieveTaskComment',
		query: {},
		source: `${TASKS_APP}: src/app/api/comments/public/[id]/route.ts and public.controller.ts, getOneCommentPublic`,
	},
	{
		method: 'DELETE',
		path: '/v1/comments/{id}',
		operation: 'deleteTaskComment',
		query: {},
		source: `${TASKS_APP}: src/app/api/comments/public/[id]/route.ts and public.controller.ts, deleteOneCommentPublic; docs.assembly.com/page/mcp ("read and delete task comments")`,
	},
];


/**
 * What the fake does with a request that is not a refusal, where a test depends on it: behaviour id →
 * the operations, what it does, and where Copilot says so. `behaviour(id)` marks the code that does it.
 */
const BEHAVIOURS = {
	'patch-changes-given-fields': {
		operations: 'updateClient, updateCompany',
		does: 'changes only the fields given, custom fields key by key: a custom field left out stays as it is',
		source: `Assembly's docs, reference/update-client, and ${SDK}, updateClient: "This PATCH request will only update the fields you specify (including custom fields), leaving the rest as they were"`,
	},
	'multi-select-replaced-whole': {
		operations: 'updateClient, updateCompany',
		does: 'a multi-select (tag) custom field given is set to exactly the options given, none kept; "" or [] clears a field',
		source: `Assembly's docs, reference/update-client, and ${SDK}, updateClient: "for multi-select (tag) custom fields, all custom field options (tag values) must be included, the PATCH request will not preserve existing custom field options (tags)"; customFields: "You can clear a field by passing an empty string (or empty array for multi-select)"`,
	},
	'put-clears-unspecified': {
		operations: 'updateAClientDestructive',
		does: 'clears every field not given: names, company and custom fields',
		source: `${SDK}, updateAClientDestructive: "This PUT request will perform a destructive update and clear all unspecified field values, including custom fields"`,
	},
	'company-id-replaces': {
		operations: 'updateClient, updateAClientDestructive',
		does: "a companyId given replaces the client's companies with that one company; no update adds a company",
		source: `Assembly's docs, reference/update-client, and ${SDK}, updateClient, companyId: "This will replace the current companies that the client is assigned to"`,
	},
	'placeholder-company': {
		operations: 'createClient',
		does: 'a client created without companyId gets a new placeholder company (isPlaceholder true) whose name is empty',
		source: `${SDK}, createClient, companyId: "When no ID is provided, a placeholder company will be created and returned in the response object"; copilot-platforms/tasks-app src/app/api/webhook/webhook.service.ts ("If prev company was not a valid company, instead a randomly generated placeholder company, prevCompany.name will be an empty string"); copilot-platforms/quickbooks-sync src/app/api/quickbooks/customer/customer.service.ts ("company.name will be an empty string")`,
	},
	'exact-filters': {
		operations: 'listClients, listCompanies and the other lists',
		does: 'filters match exactly, letter case included',
		source: `${SDK}, listClients: email, givenName, familyName "(exact match, case-sensitive)"`,
	},
	'task-template-join': {
		operations: 'createTask',
		does: 'a name given with a templateId goes before the template\'s name, joined by a space (not repeated when equal); a description likewise',
		source: `${TASKS_APP}: src/app/api/tasks/public/public.serializer.ts, applyTemplateToTaskContent`,
	},
	'task-delete-answer': {
		operations: 'deleteTask',
		does: 'answers the deleted task (isDeleted true, deletedDate, deletedBy), not { id, object, deleted }; subtasks go with it when recursive',
		source: `${TASKS_APP}: src/app/api/tasks/public/public.controller.ts, deleteOneTaskPublic; public.service.ts, deleteTask (softDeleteAllSubtasks)`,
	},
	'task-comment-get-wrapped': {
		operations: 'retrieveTaskComment, listTaskComments, deleteTaskComment',
		does: 'one comment is answered inside { data }; lists come newest first; delete answers the comment; errors are the tasks server\'s { error }',
		source: `${TASKS_APP}: src/app/api/comments/public/public.controller.ts and comment.service.ts (getAllComments orderBy createdAt desc)`,
	},
	'notifications-paged': {
		operations: 'listNotifications',
		does: 'pages notifications by limit (100 by default) and nextToken, and filters by recipientCompanyId, filled in for a client of one company',
		source: `${TASKS_APP_CLIENT}, _getClientNotifications (limit and recipientCompanyId)`,
	},
};

/** Marks the code that does what BEHAVIOURS[id] says, so that a test finds it; unknown ids throw. */
function behaviour(id) {
	if (!BEHAVIOURS[id]) throw new Error(`Unknown behaviour ${id}`);
}

/**
 * Where the fake's shapes (schemas.js) are not the SDK's types, and why: the SDK is generated from an
 * OpenAPI description that is wrong or incomplete in these places. `path` is the field's path in
 * the body, as the contract test names it.
 */
const SCHEMA_DIFFERENCES = [
	...['createClient', 'updateClient', 'updateAClientDestructive', 'createCompany', 'updateCompany'].map((operation) => ({
		operation,
		path: 'customFields',
		sdk: 'string',
		server: 'object keyed by custom field key',
		source: `${SDK}: customFields description ("The keys are the key of the custom field property, and the values ...")`,
	})),
	{
		operation: 'sendContract',
		path: 'variableValues',
		sdk: 'string',
		server: 'object keyed by input id',
		source: `${SDK}: variableValues description (example {"input_id":"someValue", "other_input_id": "otherValue"})`,
	},
	...['deliveryTargets.inProduct.ctaParams', 'deliveryTargets.email.ctaParams'].map((path) => ({
		operation: 'createNotification',
		path,
		sdk: 'string',
		server: 'object of key/value pairs',
		source: `${SDK}: ctaParams description ("Key/value pairs that will be included in the search parameters")`,
	})),
	...['createTask', 'updateTask'].map((operation) => ({
		operation,
		path: 'viewers',
		sdk: operation === 'createTask' ? 'array of { clientId?, companyId? }' : 'object { clientId?, companyId? }',
		server: 'array of at most one { clientId?, companyId }',
		source: `${TASKS_APP}: src/types/dto/tasks.dto.ts, ViewerSchema and ViewersSchema (z.array(ViewerSchema).max(1)); the SDK's own updateTask response says array`,
	})),
	{
		operation: 'updateTask',
		path: 'status',
		sdk: 'string',
		server: 'one of todo, inProgress, completed',
		source: `${TASKS_APP}: public.dto.ts, PublicTaskUpdateDtoSchema (StatusSchema)`,
	},
];

/**
 * Where the fake's answers hold fields the SDK's answer types do not, and why; the contract test
 * compares every answer the node gets with the SDK's type of it and allows only these. `operations`
 * lists SDK operations ('*' for all), `path` the field ("data[].downloadUrl"; `*` as the last part:
 * anything below). Either Copilot sends the field and the SDK's type misses it (the source says how
 * that is known), or the fake keeps more on a record than Copilot answers and the node reads none
 * of it (marked "fake only").
 */
const FAKE_ONLY = 'fake only: the fake keeps it on the record it answers; the node reads none of it, and passes answers on as they are';
const RESPONSE_DIFFERENCES = [
	{
		operations: ['deleteTask'],
		path: '*',
		server: "the deleted task itself (its fields with isDeleted, deletedDate and deletedBy), not the SDK's { id, object, deleted }",
		source: "copilot-platforms/tasks-app (serves the public /v1/tasks endpoints): src/app/api/tasks/public/public.controller.ts, deleteOneTaskPublic answers the serialized deleted task (BEHAVIOURS task-delete-answer)",
	},
	{
		operations: ['createFile'],
		path: 'uploadUrl',
		server: "the presigned storage URL a file's bytes are PUT to",
		source:
			'UNCONFIRMED: no public source found, the SDK types no upload step at all; the node relies on it (File › Create fails naming the entry when it is missing, test/copilot-node/storageFailures.test.ts)',
	},
	{
		operations: ['listFiles'],
		path: 'data[].*',
		server: 'each file as retrieveFile answers it (downloadUrl, size, status, clientPermissions)',
		source: `${SDK}: retrieveFile and createFile type these fields on a file; listFiles types its items more narrowly`,
	},
	{
		operations: ['createFile'],
		path: 'clientPermissions',
		server: "a folder's client permissions",
		source: `${SDK}: createFile takes clientPermissions for a folder and putV1FilesIdPermissions sets them`,
	},
	{
		operations: ['createCompany', 'retrieveCompany', 'updateCompany', 'listCompanies'],
		path: 'customFields.*',
		server: "keys of the workspace's own custom fields",
		source: `${SDK}: customFields description ("The keys are the key of the custom field property"); the SDK's answer types list example keys only`,
	},
	{
		operations: ['createNotification'],
		path: 'deliveryTargets.*',
		server: 'the ctaParams given, kept',
		source: `${SDK}: ctaParams description ("Key/value pairs that will be included in the search parameters")`,
	},
	{
		operations: ['listTaskTemplates', 'requestFormResponse'],
		path: 'data',
		server: 'records in { data }, as every other list answers',
		source: `${SDK}: the other list operations answer { data }; the node reads both forms (transport/pagination.ts, recordsOf)`,
	},
	{
		operations: ['*'],
		path: 'createdAt',
		server: 'when the record was made',
		source: FAKE_ONLY,
	},
	{
		operations: ['*'],
		path: 'updatedAt',
		server: 'when the record last changed',
		source: FAKE_ONLY,
	},
	{
		operations: ['retrieveWorkspace', 'createFileChannel', 'retrieveFileChannel'],
		path: 'object',
		server: 'the kind of record',
		source: FAKE_ONLY,
	},
	{
		operations: [
			'createInvoice',
			'retrieveInvoice',
			'listInvoices',
			'createSubscription',
			'listSubscriptions',
			'createTask',
			'retrieveTask',
			'updateTask',
			'listContracts',
			'sendContract',
			'listCustomFieldOptions',
			'listFormResponses',
			'createNotification',
			'listNotifications',
			'markNotificationRead',
			'markNotificationUnread',
			'listPrices',
		],
		path: '*',
		server: "fields of the create's body, kept on the record (daysUntilDue, templateId, internalUserId, isRead, ...)",
		source: FAKE_ONLY,
	},
];

/**
 * The entry of RESPONSE_DIFFERENCES that allows a field found at `path` of an answer of `operation`;
 * a list's records ("data[].x", "[].x") are matched as records ("x") too.
 */
function knownResponseDifference(operation, path) {
	const paths = [path, path.replace(/^(data)?\[\]\./, '')];
	const matches = (pattern) => paths.some((candidate) => candidate === pattern || (pattern.endsWith('*') && candidate.startsWith(pattern.slice(0, -1))));
	return RESPONSE_DIFFERENCES.find((entry) => (entry.operations.includes('*') || entry.operations.includes(operation)) && matches(entry.path));
}

/** Refuses with Copilot's answer for the rule (400 unless it says) and `message` unless `ok`; `id` names the rule in RULES. */
function enforce(id, ok, message) {
	const rule = RULES[id];
	if (!rule) throw new Error(`Unknown rule ${id}`);
	if (ok) return;
	if (rule.status === undefined) throw invalid(message);
	throw rule.code === undefined ? tasksServerError(rule.status, message) : new ApiError(rule.status, rule.code, message);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value) => typeof value === 'string' && UUID.test(value);

/**
 * The company a request for `clientId` is for: `companyId` when given; the client's only company;
 * else Copilot's 400 (rule client-company-required). Unknown clients are left to the caller.
 */
function companyForClient(store, clientId, companyId, field = 'companyId') {
	if (clientId === undefined || clientId === '' || (companyId !== undefined && companyId !== '')) return companyId;
	const client = store.get('client', clientId);
	if (!client) return companyId;
	const companies = client.companyIds ?? (client.companyId ? [client.companyId] : []);
	enforce('client-company-required', companies.length <= 1, `${field} is required for a client of more than one company`);
	return companies[0];
}

module.exports = {
	BEHAVIOURS,
	BEYOND_SDK,
	LARGE_PAGE_LISTS,
	RESPONSE_DIFFERENCES,
	RULES,
	SCHEMA_DIFFERENCES,
	behaviour,
	companyForClient,
	enforce,
	isUuid,
	knownResponseDifference,
};
