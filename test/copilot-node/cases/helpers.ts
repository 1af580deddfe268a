import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { FakeCopilotApi } from '../../fake-copilot-api';
import type { CopilotCredentials } from '../../helpers/copilotNode';

// What each case of every operation is made of, and the helpers that build their parameters.

export interface OperationCase {
	resource: string;
	operation: string;
	/** Tells apart the cases of one operation, such as "every optional field set". */
	variant?: string;
	/** Builds the node's parameters, creating in the fake whatever the operation needs. */
	parameters: (fake: FakeCopilotApi) => INodeParameters;
	/** The input item, when the operation reads one (binary data); one empty item otherwise. */
	input?: () => INodeExecutionData[];
	/** The request the node must send (the last one, for operations that send several). */
	request: (fake: FakeCopilotApi) => { method: string; path: string; query?: IDataObject; body?: IDataObject };
	/** The number of output items; 1 unless said, -1 for "at least one", 0 for "any number". */
	items?: number;
	/** The kind of key the credential holds: a custom app's for what Copilot allows only to one; a workspace key by default. */
	key?: 'workspace' | 'customApp';
}

/**
 * The credential a case runs with: the fake's workspace key (`apiKey`), or for a custom-app case its
 * custom app's key with the workspace's id.
 */
export function credentialsFor(fake: FakeCopilotApi, operationCase: OperationCase, apiKey: string, baseUrl = fake.url): CopilotCredentials {
	if (operationCase.key !== 'customApp') return { apiKey, baseUrl };
	return { apiKey: fake.appApiKey, keyKind: 'customApp', workspaceId: fake.workspaceId, baseUrl };
}

/** The X-API-Key header the fake sees from `credentialsFor`. */
export const headerFor = (fake: FakeCopilotApi, operationCase: OperationCase, apiKey: string) =>
	operationCase.key === 'customApp' ? `${fake.workspaceId}/${fake.appApiKey}` : apiKey;

/** A time `days` from now as n8n's date picker gives it, without a zone: Copilot refuses a task due before today. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 19);

/** What the node sends Copilot for a picked due date: that date at 00:00 UTC. */
export const sentAsDueDate = (picked: string) => `${picked.slice(0, 10)}T00:00:00Z`;

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });
export const fromList = (value: string) => ({ __rl: true, mode: 'list', value, cachedResultName: 'picked in the editor' });

/** Creates a record in the fake and remembers its id under `key`, so `request` can name it. */
export function made(fake: FakeCopilotApi, key: string, kind: string, fields: IDataObject): string {
	const record = fake.store.add(kind, fields) as IDataObject;
	(fake as unknown as { madeIds: IDataObject }).madeIds ??= {};
	(fake as unknown as { madeIds: IDataObject }).madeIds[key] = record.id;
	return String(record.id);
}
export const madeId = (fake: FakeCopilotApi, key: string) => String((fake as unknown as { madeIds: IDataObject }).madeIds[key]);
export const demo = (fake: FakeCopilotApi) => fake.demo;

export function tagsField(fake: FakeCopilotApi): string {
	const field = demo(fake).customFields.find((candidate: IDataObject) => candidate.type === 'multiSelect');
	return String(field!.id);
}

export function notificationFor(fake: FakeCopilotApi, key: string): string {
	return made(fake, key, 'notification', {
		senderId: demo(fake).internalUsers[0].id,
		recipientClientId: demo(fake).clients[0].id,
		isRead: key === 'unreadMe',
		deliveryTargets: { inProduct: { title: 'Hello', isRead: key === 'unreadMe' } },
	});
}

export function subscriptionFor(fake: FakeCopilotApi, key: string): string {
	return made(fake, key, 'subscription', { status: 'active', collectionMethod: 'sendInvoice', clientId: demo(fake).clients[0].id });
}
