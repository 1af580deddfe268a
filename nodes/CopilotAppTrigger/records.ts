import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { CopilotClient, resourcePath } from '../Copilot/transport/client';
import type { AppTokenPayload } from './tokenPayload';

/** The records the trigger can read for the viewer, each by the id the token names. */
export const RECORDS = {
	client: { idField: 'clientId', path: '/v1/clients' },
	company: { idField: 'companyId', path: '/v1/companies' },
	internalUser: { idField: 'internalUserId', path: '/v1/internal-users' },
} as const;

export type RecordName = keyof typeof RECORDS;

export const isRecordName = (name: string): name is RecordName => Object.prototype.hasOwnProperty.call(RECORDS, name);

/**
 * Reads the asked records the token names, with the credential's custom-app key through the Copilot
 * node's transport (rate limit, retries, Copilot's error messages). A record the token does not name
 * is null. Throws the transport's error when Copilot does not answer with it.
 */
export async function readRecords(context: IWebhookFunctions, payload: AppTokenPayload, names: string[]): Promise<IDataObject> {
	const client = new CopilotClient(context);
	const records: IDataObject = {};
	for (const name of names.filter(isRecordName)) {
		const id = payload[RECORDS[name].idField];
		records[name] = id === null ? null : ((await client.request({ method: 'GET', path: resourcePath(RECORDS[name].path, id) })) as IDataObject);
	}
	return records;
}
