import type { INodeProperties } from 'n8n-workflow';

import { EVENT_OPTIONS } from './events';
import { SETUP_NOTICE } from './panel';
import { RESPOND_OPTION } from './response';
import { ALL_EVENTS } from './selection';

export const TRIGGER_PROPERTIES: INodeProperties[] = [
	{
		displayName: SETUP_NOTICE,
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		default: [ALL_EVENTS],
		options: EVENT_OPTIONS,
		description: 'The event types that start the workflow; other events are acknowledged and ignored',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Custom Events',
				name: 'customEvents',
				type: 'string',
				default: '',
				placeholder: 'e.g. contract.voided, formResponse.created',
				description:
					'Comma-separated event types that are not in the list above, for events Copilot added later',
			},
			{
				displayName: 'Ignore Unknown Changes',
				name: 'ignoreUnknownChanges',
				type: 'boolean',
				default: false,
				description:
					'Whether Only When Fields Changed also ignores events that come without previous values (every task event, *.created, a file upload), instead of starting the workflow with changesKnown false. Does nothing without Only When Fields Changed.',
			},
			{
				displayName: 'Only When Fields Changed',
				name: 'onlyWhenFieldsChanged',
				type: 'string',
				default: '',
				placeholder: 'e.g. status, customFields.tags',
				description:
					'Comma-separated field paths. When set, an event starts the workflow only if one of these fields, or a field below one of them, is among its changed fields. Copilot sends previous values only with some *.updated events, such as client.updated or a file renamed; task events (task.updated and task.completed too), *.created and the other events, and a file upload (file.updated) come without them. Their changes are unknown, so they start the workflow, with changesKnown false, unless Ignore Unknown Changes is on.',
			},
			RESPOND_OPTION,
			{
				displayName: 'Split Out Changes',
				name: 'splitOutChanges',
				type: 'boolean',
				default: false,
				description:
					'Whether to output one item per changed field instead of one item per event. An event with unknown changes still gives one item, with field set to null.',
			},
		],
	},
];
