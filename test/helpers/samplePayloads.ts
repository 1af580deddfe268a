/** The `client.updated` example from Copilot's webhook documentation. */
export const CLIENT_TAGS_UPDATED = {
	eventType: 'client.updated',
	data: {
		id: '6815623f-2661-4954-a42f-f68766dec711',
		object: 'client',
		status: 'active',
		givenName: 'Sample',
		familyName: 'Client',
		email: 'sample.client@example.com',
		companyId: 'd000c9b4-a323-4386-aeba-0e8d7a787138',
		customFields: { tags: ['myTag1', 'myTag2', 'newtagupdate'] },
		previousAttributes: { customFields: { tags: ['myTag1', 'myTag2'] } },
	},
};

export const TASK_STATUS_UPDATED = {
	eventType: 'task.updated',
	data: {
		id: 'f3b1c2d4-0000-4000-8000-000000000001',
		object: 'task',
		name: 'Send onboarding pack',
		status: 'completed',
		dueDate: '2026-12-01',
		clientId: '6815623f-2661-4954-a42f-f68766dec711',
	},
	previousAttributes: { status: 'inProgress', dueDate: '2026-11-28' },
};

export const FILE_REUPLOADED = {
	eventType: 'file.updated',
	data: { id: 'file_01', object: 'file', name: 'contract.pdf', path: '/Contracts/contract.pdf' },
};

export const INVOICE_PAID = {
	eventType: 'invoice.paid',
	created: '2026-11-26T10:00:00Z',
	object: 'invoice',
	data: { id: 'in_01', number: 'INV-0042', status: 'paid', total: 120000, currency: 'usd' },
};
