// A small, consistent workspace to click through (`npm run dev`) and to test against, and bulk
// clients for paging tests and benchmarks. Records refer to each other by their real ids.
const { randomUUID } = require('node:crypto');

const PEOPLE = [
	['Ava', 'Thompson'],
	['Liam', 'Carter'],
	['Mia', 'Patel'],
	['Noah', 'Fischer'],
	['Zoe', 'Nakamura'],
	['Ethan', 'Okafor'],
	['Isla', 'Moreau'],
	['Lucas', 'Silva'],
];

const emailOf = (givenName, familyName) => `${givenName}.${familyName}@example.com`.toLowerCase();

function seedPeople(store) {
	const companies = [
		['Northwind Traders', 'Retail'],
		['Globex Partners', 'Consulting'],
		['Harbor Dental Group', 'Healthcare'],
	].map(([name, industry]) =>
		store.add('company', { name, isPlaceholder: false, fallbackColor: '#9BBFFF', iconImageUrl: '', customFields: { industry } }),
	);
	const clients = PEOPLE.map(([givenName, familyName], index) => {
		const companyId = companies[index % companies.length].id;
		// The last client works for two companies, as multi-company clients do: requests for them must
		// name the company they are for.
		const companyIds = index === PEOPLE.length - 1 ? [companyId, companies[(index + 1) % companies.length].id] : [companyId];
		return store.add('client', {
			givenName,
			familyName,
			email: emailOf(givenName, familyName),
			companyId,
			companyIds,
			status: index % 3 === 0 ? 'active' : 'invited',
			customFields: { tags: index === 0 ? ['vip'] : ['new'], phoneNumber: `+1 555 01${String(index).padStart(2, '0')}` },
			creationMethod: 'internalUser',
		});
	});
	const internalUsers = [
		['Grace', 'Hopper', 'admin'],
		['Alan', 'Turing', 'staff'],
	].map(([givenName, familyName, role]) =>
		store.add('internalUser', { givenName, familyName, email: emailOf(givenName, familyName), role, isClientAccessLimited: false }),
	);
	return { companies, clients, internalUsers };
}

function seedCustomFields(store) {
	const tags = store.add('customField', { key: 'tags', name: 'Tags', type: 'multiSelect', order: 1, entityType: 'client' });
	const customFieldOptions = [
		['vip', 'VIP', '#F5A623'],
		['new', 'New', '#7ED321'],
		['at-risk', 'At risk', '#D0021B'],
	].map(([key, label, color]) => store.add('customFieldOption', { customFieldId: tags.id, key, label, color }));
	const phone = store.add('customField', { key: 'phoneNumber', name: 'Phone number', type: 'phoneNumber', order: 2, entityType: 'client' });
	const industry = store.add('customField', { key: 'industry', name: 'Industry', type: 'text', order: 1, entityType: 'company' });
	return { customFields: [tags, phone, industry], customFieldOptions };
}

function seedWork(store, { clients, internalUsers }) {
	const [owner] = internalUsers;
	const taskTemplates = [
		['Client onboarding', 'Everything a new client does in their first week', ['Sign the engagement letter', 'Upload a photo ID']],
		['Year-end review', 'Collect the documents for the annual accounts', []],
		['Quarterly check-in', 'A short call to review the quarter', []],
	].map(([name, description, subtasks]) =>
		store.add('taskTemplate', { name, description, subTaskTemplates: subtasks.map((subtask) => ({ name: subtask, object: 'taskTemplate' })) }),
	);
	const tasks = ['Upload last year’s tax return', 'Confirm your billing address', 'Book the kick-off call'].map((name, index) =>
		store.add('task', {
			name,
			description: '',
			status: ['todo', 'inProgress', 'completed'][index],
			clientId: clients[index].id,
			companyId: clients[index].companyId,
			internalUserId: internalUsers[index % 2].id,
			createdBy: owner.id,
			isArchived: false,
		}),
	);
	// A short thread on the first task, shaped as the tasks server answers comments (comments/public/public.dto.ts).
	const comment = (fields) =>
		store.add('taskComment', { object: 'taskComment', taskId: tasks[0].id, parentCommentId: null, attachments: [], deletedDate: null, ...fields });
	const question = comment({ content: '<p>Which year do you need?</p>', createdBy: clients[0].id, createdByUserType: 'client' });
	const taskComments = [
		question,
		comment({ content: '<p>Last year’s, please.</p>', createdBy: owner.id, createdByUserType: 'internalUser', parentCommentId: question.id }),
		comment({ content: '<p>Uploaded.</p>', createdBy: clients[0].id, createdByUserType: 'client' }),
	];
	// One channel of each kind per client, as Copilot opens them, so "send the welcome message" works.
	const channelOf = (kind, client) =>
		store.add(kind, {
			membershipType: 'individual',
			clientId: client.id,
			companyId: client.companyId,
			membershipEntityId: client.id,
			memberIds: [client.id],
		});
	const messageChannels = clients.map((client) => channelOf('messageChannel', client));
	const fileChannels = clients.map((client) => channelOf('fileChannel', client));
	const messages = [
		store.add('message', { channelId: messageChannels[0].id, senderId: owner.id, text: 'Hi Ava, welcome aboard!', isAttachmentIncluded: false }),
	];
	const files = [
		store.add('file', {
			object: 'folder',
			path: 'Shared documents',
			name: 'Shared documents',
			channelId: fileChannels[0].id,
			status: 'completed',
			size: 0,
			clientPermissions: 'read_write',
		}),
	];
	// A file a client uploaded, with its bytes on the storage host, to download.
	const letter = Buffer.from('Signed engagement letter of Ava Thompson.\n');
	files.push(
		store.add('file', {
			object: 'file',
			path: 'Shared documents/engagement-letter.txt',
			name: 'engagement-letter.txt',
			channelId: fileChannels[0].id,
			status: 'completed',
			size: letter.length,
			content: letter,
			contentType: 'text/plain',
		}),
	);
	// Folders that files go into: Copilot refuses a file in a folder that does not exist.
	for (const folder of ['Onboarding', 'Scans']) {
		files.push(store.add('file', { object: 'folder', path: folder, name: folder, channelId: fileChannels[0].id, status: 'completed', size: 0 }));
	}
	const notes = clients.slice(0, 2).map((client) =>
		store.add('note', {
			entityType: 'client',
			entityId: client.id,
			title: `Call with ${client.givenName}`,
			content: '<p>Discussed the next steps.</p>',
			creatorId: owner.id,
		}),
	);
	const notifications = [
		store.add('notification', {
			senderId: owner.id,
			recipientClientId: clients[0].id,
			event: 'customNotification',
			isRead: false,
			deliveryTargets: { inProduct: { title: 'Your documents are ready', isRead: false } },
		}),
	];
	return { taskTemplates, tasks, taskComments, messageChannels, fileChannels, messages, files, notes, notifications };
}

function seedCommerce(store, { clients }) {
	const products = ['Bookkeeping', 'Tax filing'].map((name) => store.add('product', { name, status: 'active' }));
	const prices = [
		store.add('price', { productId: products[0].id, amount: 50000, currency: 'usd', type: 'recurring', interval: 'month', intervalCount: 1 }),
		store.add('price', { productId: products[1].id, amount: 120000, currency: 'usd', type: 'oneTime' }),
	];
	const invoiceTemplates = ['Monthly bookkeeping', 'Tax season'].map((name) => store.add('invoiceTemplate', { name }));
	const invoices = clients.slice(0, 2).map((client, index) =>
		store.add('invoice', {
			clientId: client.id,
			companyId: client.companyId,
			status: index === 0 ? 'paid' : 'open',
			total: 50000,
			daysUntilDue: 14,
			lineItems: [{ priceId: prices[0].id, amount: 50000, quantity: 1, description: 'Bookkeeping' }],
		}),
	);
	const payments = [store.add('payment', { invoiceId: invoices[0].id, amount: 50000, status: 'succeeded', paymentMethod: 'bankAccount' })];
	const subscriptionTemplates = [store.add('subscriptionTemplate', { name: 'Monthly retainer', interval: 'month', intervalCount: 1 })];
	const forms = [
		['Client intake', 'Tell us about your business'],
		['Annual questionnaire', 'What changed in the last year'],
	].map(([name, description]) => store.add('form', { name, description, visibility: 'requestedClients' }));
	const contractTemplates = ['Engagement letter', 'NDA'].map((name) => store.add('contractTemplate', { name }));
	const contracts = [
		store.add('contract', {
			contractTemplateId: contractTemplates[0].id,
			name: contractTemplates[0].name,
			clientId: clients[0].id,
			recipientId: clients[0].id,
			status: 'signed',
		}),
	];
	// A custom app installed by hand, whose connections give clients their own content, and one from
	// the marketplace, which takes none.
	const appInstalls = [
		store.add('appInstall', { appId: randomUUID(), displayName: 'Client dashboard', type: 'manual' }),
		store.add('appInstall', { appId: randomUUID(), displayName: 'Bookkeeping sync', type: 'marketplace' }),
	];
	return { products, prices, invoiceTemplates, invoices, payments, subscriptionTemplates, forms, contractTemplates, contracts, appInstalls };
}

/** Seeds the demo workspace ("Acme Advisory") and returns its records by kind, for tests and `npm run dev` to name. */
function seedDemo(store) {
	const workspace = store.add('workspace', {
		brandName: 'Acme Advisory',
		industry: 'Accounting',
		portalUrl: 'https://acme-advisory.example.com',
		isCompaniesEnabled: true,
		labels: { individualTerm: 'Client', individualTermPlural: 'Clients', groupTerm: 'Company', groupTermPlural: 'Companies' },
	});
	const people = seedPeople(store);
	return { workspace, ...people, ...seedCustomFields(store), ...seedWork(store, people), ...seedCommerce(store, people) };
}

/** `count` clients, all in one new company unless `overrides.companyId` names one; `overrides` wins on every field. */
function seedClients(store, count, overrides = {}) {
	// Unique per call, so emails stay unique however often this runs.
	const batch = randomUUID().slice(0, 8);
	const companyId = overrides.companyId ?? store.add('company', { name: `Bulk company ${batch}`, isPlaceholder: false, customFields: {} }).id;
	return Array.from({ length: count }, (_, index) =>
		store.add('client', {
			givenName: `Client${index}`,
			familyName: `Bulk-${batch}`,
			email: `client-${batch}-${index}@example.com`,
			companyId,
			companyIds: [companyId],
			status: 'active',
			customFields: {},
			creationMethod: 'internalUser',
			...overrides,
		}),
	);
}

module.exports = { seedClients, seedDemo };
