/** What a note can be about. */
export const NOTE_ENTITY_TYPES = [
	{ name: 'Client', value: 'client' },
	{ name: 'Company', value: 'company' },
];
