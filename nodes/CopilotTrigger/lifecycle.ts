import type { IDataObject } from 'n8n-workflow';

/**
 * What the trigger records in the node's static data on activation. Copilot cannot be called to
 * register a webhook, so this record is the registration: it lets n8n tell whether the URL or the
 * events changed since the user copied them into Copilot.
 */
export interface WebhookRecord {
	webhookUrl: string;
	events: string[];
}

export function webhookRecord(webhookUrl: string, events: readonly string[]): WebhookRecord {
	return { webhookUrl, events: [...new Set(events)].sort() };
}

export function matchesRecord(staticData: IDataObject, expected: WebhookRecord): boolean {
	const { webhookUrl, events } = staticData;
	return (
		webhookUrl === expected.webhookUrl &&
		Array.isArray(events) &&
		events.length === expected.events.length &&
		events.every((event, index) => event === expected.events[index])
	);
}
