/** What clients may do in a folder. */
export const CLIENT_PERMISSIONS = [
	{ name: 'Read and Write', value: 'read_write' },
	{ name: 'Read Only', value: 'read_only' },
];
