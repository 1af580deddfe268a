import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_PAGE_FIELD } from './response';

/** The notice above the node's parameters. */
export const SETUP_NOTICE =
	'Serve a Copilot custom app from this workflow: in Copilot > App Setup > Custom App, paste the Production URL (open "Webhook URLs" at the top of this panel; the Test URL while you build) as the app’s URL for clients and for internal users, and put that app’s API key into a Copilot API credential with Key Type "Custom App Key" and your Workspace ID. Copilot opens the app with a token that says who is looking; the page it shows is the html field of the first item of the workflow’s last node (e.g. n8n’s HTML node).';

/** What the canvas shows under the node while it listens for a test request. */
export const LISTENING_HINT = 'Waiting for the app to be opened from Copilot with the Test URL';

export const APP_TRIGGER_PROPERTIES: INodeProperties[] = [
	{
		displayName: SETUP_NOTICE,
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Include Records',
		name: 'include',
		type: 'multiOptions',
		default: [],
		options: [
			{ name: 'Client', value: 'client', description: 'The client who is looking (or whom a team member previews the app as)' },
			{ name: 'Company', value: 'company', description: 'The company the app was opened for' },
			{ name: 'Internal User', value: 'internalUser', description: 'The team member who is looking' },
		],
		description:
			'Records to read from Copilot with the app’s key before the workflow starts, each added to the item under its name (null when the token does not name one)',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Page Field',
				name: 'pageField',
				type: 'string',
				default: DEFAULT_PAGE_FIELD,
				description:
					'The field of the last node’s first item that holds the page’s HTML. n8n answers it as text/html once the workflow has finished.',
			},
		],
	},
];
