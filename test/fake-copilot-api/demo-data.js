// A small, consistent workspace to click through (npm run dev) and to test against, and bulk
// clients for paging and benchmarks.

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

function emailOf(givenName, familyName) {
	return `${givenName}.${familyName}@example.com`.toLowerCase();
}

function seedCustomFields(store) {
	const tags = store.add('customField', { key: 'tags', name: 'Tags', type: 'multiSelect', order: 1, entityType: 'client' });
	const options = ['vip', 'new', 'at-risk'].map((key, order) =>
		store.add('customFieldOption', { customFieldId: tags.id, key, label: key.toUpperCase(), color: ['#F5A623', '#7ED321', '#D0021B'][order] }),
	);
	const phone = store.add('customField', { key: 'phoneNumber', name: 'Phone number', type: 'phoneNumber', order: 2, entityType: 'client' });
	const industry = store.add('customField', { key: 'industry', name: 'Industry', type: 'text', order: 1, entityType: 'company' });
	return { customFields: [tags, phone, industry], customFieldOptions: options };
}

function seedPeople(store) {
	const companies = ['Northwind Traders', 'Globex Partners', 'Acme Advisory Clients'].map((name) =>
		store.add('company', { name, isPlaceholder: false, fallbackColor: '#9BBFFF', customFields: { industry: 'Services' } }),
	);
	const clients = PEOPLE.map(([givenName, familyName], index) => {
		const companyId = companies[index % companies.length].id;
		return store.add('client', {
			givenName,
			familyName,
			email: emailOf(givenName, familyName),
			companyId,
			companyIds: [companyId],
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

function seedWork(store, { clients, internalUsers }) {
	const taskTemplates = [
		['Client onboarding', 'Everything a new client does in their first week', ['Sign the engagement letter', 'Upload ID']],
		['Year-end review', 'Collect the documents for the annual accounts', []],
		['Quarterly check-in', 'A short call to review the quarter', []],
	].map(([name, description, subtasks]) =>
		store.add('taskTemplate', {
			name,
			description,
			subTaskTemplates: subtasks.map((subtask) => ({ name: subtask, object: 'taskTemplate' })),
		}),
	);
	const tasks = clients.slice(0, 3).map((client, index) =>
		store.add('task', {
			name: ['Upload last year’s tax return', 'Confirm your billing address', 'Book the kick-off call'][index],
			status: ['todo', 'inProgress', 'completed'][index],
			clientId: client.id,
			companyId: client.companyId,
			internalUserId: internalUsers[index % 2].id,
			createdBy: internalUsers[0].id,
			isArchived: false,
		}),
	);
	const messageChannels = clients.map((client) =>
		store.add('messageChannel', { membershipType: 'individual', clientId: client.id, companyId: client.companyId, memberIds: [client.id] }),
	);
	const fileChannels = clients.map((client) =>
		store.add('fileChannel', { membershipType: 'individual', clientId: client.id, companyId: client.companyId, memberIds: [client.id] }),
	);
	const notes = clients.slice(0, 2).map((client) =>
		store.add('note', {
			entityType: 'client',
			entityId: client.id,
			title: `Call with ${client.givenName}`,
			content: '<p>Discussed the next steps.</p>',
			creatorId: internalUsers[0].id,
		}),
	);
	store.add('message', { channelId: messageChannels[0].id, senderId: internalUsers[0].id, text: 'Hi Ava, welcome!', isAttachmentIncluded: false });
	return { taskTemplates, tasks, messageChannels, fileChannels, notes };
}

function seedCommerce(store, { clients }) {
	const products = ['Bookkeeping', 'Tax filing'].map((name) => store.add('product', { name, status: 'active' }));
	const prices = products.map((product, index) =>
		store.add('price', { productId: product.id, amount: [50000, 120000][index], currency: 'usd', type: index ? 'oneTime' : 'recurring', interval: index ? undefined : 'month' }),
	);
	const invoiceTemplates = ['Monthly bookkeeping', 'Tax season'].map((name) => store.add('invoiceTemplate', { name }));
	const invoices = clients.slice(0, 2).map((client, index) =>
		store.add('invoice', { clientId: client.id, companyId: client.companyId, status: index ? 'open' : 'paid', total: 50000, daysUntilDue: 14 }),
	);
	const payments = [store.add('payment', { invoiceId: invoices[0].id, amount: 50000, status: 'succeeded' })];
	const subscriptionTemplates = [store.add('subscriptionTemplate', { name: 'Monthly retainer' })];
	const forms = [
		['Client intake', 'Tell us about your business'],
		['Annual questionnaire', 'Changes in the last year'],
	].map(([name, description]) => store.add('form', { name, description, visibility: 'requestedClients' }));
	const contractTemplates = ['Engagement letter', 'NDA'].map((name) => store.add('contractTemplate', { name }));
	return { products, prices, invoiceTemplates, invoices, payments, subscriptionTemplates, forms, contractTemplates };
}

/** Seeds the demo workspace and returns its records by kind, for tests and `npm run dev` to name. */
function seedDemo(store) {
	const workspace = store.add('workspace', {
		object: 'workspace',
		brandName: 'Acme Advisory',
		industry: 'Accounting',
		portalUrl: 'https://acme-advisory.example.com',
		isCompaniesEnabled: true,
		labels: { individualTerm: 'Client', individualTermPlural: 'Clients', groupTerm: 'Company', groupTermPlural: 'Companies' },
	});
	const people = seedPeople(store);
	return {
		workspace,
		...people,
		...seedCustomFields(store),
		...seedWork(store, people),
		...seedCommerce(store, people),
	};
}

/** `count` clients (in one new company unless `overrides.companyId` is given), added in one go. */
function seedClients(store, count, overrides = {}) {
	const companyId = overrides.companyId ?? store.add('company', { name: `Bulk company ${Date.now()}`, isPlaceholder: false }).id;
	const batch = Date.now().toString(36);
	return Array.from({ length: count }, (_, index) =>
		store.add('client', {
			givenName: `Client${index}`,
			familyName: `Bulk${batch}`,
			email: `client-${batch}-${index}@example.com`,
			companyId,
			companyIds: [companyId],
			status: 'active',
			customFields: {},
			...overrides,
		}),
	);
}

module.exports = { seedClients, seedDemo };
